<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>ActivationsView</name>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="20" />
            <source>step function</source>
            <translation>계단 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="21" />
            <source>sigmoid function</source>
            <translation>시그모이드 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="22" />
            <source>ReLU function</source>
            <translation>ReLU 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="23" />
            <source>identity function (output)</source>
            <translation>항등 함수(출력층)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="24" />
            <source>softmax function y₁ of (x, 0, 1) (output)</source>
            <translation>소프트맥스 함수: (x, 0, 1)의 y₁(출력층)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="37" />
            <source>Activation functions (section 3.2) and the output functions (section 3.5). Solid: h(x); dashed: its derivative h′(x).</source>
            <translation>활성화 함수(3.2절)와 출력층 함수(3.5절). 실선: h(x), 점선: 도함수 h′(x).</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="50" />
            <source>Show the derivatives</source>
            <translation>도함수 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="52" />
            <source>Dashed curves: the slope of each function</source>
            <translation>점선: 각 함수의 기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="62" />
            <source>Type x, or drag the vertical line in the plot</source>
            <translation>x를 입력하거나 그래프의 세로선을 드래그하세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="73" />
            <source>h(x) and h′(x)</source>
            <translation>h(x)와 h′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="89" />
            <source>Drag to move x</source>
            <translation>드래그하여 x 이동</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="139" />
            <source>function</source>
            <translation>함수</translation>
        </message>
    </context>
    <context>
        <name>BackpropController</name>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="31" />
            <source>The formula is empty: type one such as (x + y) * z.</source>
            <translation>식이 비어 있습니다. (x + y) * z 같은 식을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="32" />
            <source>The formula is too long (%1 characters; at most %2).</source>
            <translation>식이 너무 깁니다(%1자, 최대 %2자).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="34" />
            <source>Too many statements (at most %1).</source>
            <translation>문장이 너무 많습니다(최대 %1개).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="35" />
            <source>“%1” cannot be defined: a name starts with a letter or _ and has only letters, digits and _.</source>
            <translation>“%1”은(는) 정의할 수 없습니다. 이름은 영문자나 _로 시작하고 영문자, 숫자, _만 씁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="37" />
            <source>“%1” is a function or constant and cannot be defined.</source>
            <translation>“%1”은(는) 함수나 상수이므로 정의할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="38" />
            <source>“%1” is defined twice.</source>
            <translation>“%1”이(가) 두 번 정의되었습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="39" />
            <source>“%1” is used before its definition: define it first.</source>
            <translation>“%1”이(가) 정의보다 먼저 쓰였습니다. 먼저 정의하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="40" />
            <source>“%1” cannot be defined from itself.</source>
            <translation>“%1”을(를) 자기 자신으로 정의할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="41" />
            <source>“%1” is defined but the result does not use it.</source>
            <translation>“%1”은(는) 정의되었지만 결과에 쓰이지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="42" />
            <source>No value for %1.</source>
            <translation>%1의 값이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="43" />
            <source>%1 does not appear in the formula.</source>
            <translation>%1은(는) 식에 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="44" />
            <source>The value of %1 is not a number.</source>
            <translation>%1의 값이 수가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="45" />
            <source>The value of %1 must be a finite number.</source>
            <translation>%1의 값은 유한한 수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="48" />
            <source>The formula cannot be read: %1</source>
            <translation>식을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="91" />
            <source>This graph has %1 nodes; the panel draws at most %2. Split it with definitions (t = …) or use “dlfs backprop” for a big formula.</source>
            <translation>이 계산 그래프의 노드는 %1개입니다. 이 패널은 %2개까지 그립니다. 정의(t = …)로 나누거나 큰 식에는 “dlfs backprop”을 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="126" />
            <source>Some values are not finite numbers (nan or inf) at these inputs: a division by zero or the log of a negative number?</source>
            <translation>이 입력에서 유한하지 않은 값(nan 또는 inf)이 있습니다. 0으로 나누거나 음수의 log를 구하지 않았나요?</translation>
        </message>
    </context>
    <context>
        <name>BackpropGradCheck</name>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="63" />
            <source>Tiny 2-3-2 network (the book's weights)</source>
            <translation>작은 2-3-2 신경망(책의 가중치)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="64" />
            <source>MNIST, 784-50-10, first 3 images (as the book)</source>
            <translation>MNIST, 784-50-10, 처음 3장(책과 같이)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="68" />
            <source>MNIST was not found: set DLFS_DATA or run “dlfs data --fetch mnist”.</source>
            <translation>MNIST를 찾지 못했습니다. DLFS_DATA를 설정하거나 “dlfs data --fetch mnist”를 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="72" />
            <source>Sigmoid</source>
            <translation>시그모이드</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="74" />
            <source>Entries per array</source>
            <translation>배열당 원소 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="78" />
            <source>How many entries of each parameter array are checked (chosen at random among those with a non-zero gradient)</source>
            <translation>각 매개변수 배열에서 확인할 원소 수(기울기가 0이 아닌 원소 중에서 무작위로 고릅니다)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="89" />
            <source>The step h of the central difference, from 1e-10 (left) to 1e-1 (right)</source>
            <translation>중심 차분의 간격 h(왼쪽 1e-10부터 오른쪽 1e-1까지)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="101" />
            <source>Array</source>
            <translation>배열</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="101" />
            <source>Shape</source>
            <translation>형상</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="101" />
            <source>Mean |difference|</source>
            <translation>평균 |차이|</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="102" />
            <source>Max |difference|</source>
            <translation>최대 |차이|</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="102" />
            <source>At a kink</source>
            <translation>꺾인 점</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="126" />
            <source>step h</source>
            <translation>간격 h</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="127" />
            <source>mean |numerical − backprop|</source>
            <translation>평균 |수치 미분 − 오차역전파법|</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="128" />
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="245" />
            <source>Error against h: truncation on the right, rounding on the left</source>
            <translation>h에 대한 오차: 오른쪽은 절단 오차, 왼쪽은 반올림 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="159" />
            <source>Could not run the gradient check: %1</source>
            <translation>기울기 확인을 실행하지 못했습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="175" />
            <source>h = %1</source>
            <translation>h = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="191" />
            <source>%1 of %2</source>
            <translation>%2개 중 %1개</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="203" />
            <source>The book checks with h = 1e-4 and prints the mean |difference| of each array; about 1e-10 or less means backprop is right.</source>
            <translation>책은 h = 1e-4로 확인하고 배열마다 평균 |차이|를 출력합니다. 1e-10 정도 이하이면 오차역전파법이 올바릅니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="207" />
            <source>%1 checked entries sit at a ReLU kink: moving the weight by ±h pushes a ReLU input across 0, so the central difference averages two slopes while backprop takes one. That difference is the kink's, not a bug; a smaller h avoids it.</source>
            <translation>확인한 원소 중 %1개가 ReLU의 꺾인 점에 있습니다. 가중치를 ±h만큼 움직이면 ReLU 입력이 0을 넘나들어 중심 차분은 두 기울기의 평균이 되고 오차역전파법은 한쪽 기울기를 씁니다. 이 차이는 꺾인 점 때문이지 버그가 아닙니다. h를 더 작게 하면 피할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="212" />
            <source>h is large: the truncation error (about h²) dominates. Move h to the right.</source>
            <translation>h가 커서 절단 오차(h² 정도)가 지배적입니다. h를 작게 하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="214" />
            <source>h is small: f(x + h) and f(x − h) agree in almost every digit, so rounding errors of float64 (about 1e-16 / h) dominate. Move h to the left.</source>
            <translation>h가 작아서 f(x + h)와 f(x − h)가 거의 모든 자릿수에서 같아지므로 float64의 반올림 오차(1e-16 / h 정도)가 지배적입니다. h를 크게 하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="216" />
            <source>Smallest error on this network near h = %1; largest difference now %2.</source>
            <translation>이 신경망에서 오차가 가장 작은 곳은 h = %1 부근입니다. 지금 가장 큰 차이는 %2입니다.</translation>
        </message>
    </context>
    <context>
        <name>BackpropGraph</name>
        <message>
            <location filename="../../app/panels/backprop/graph_view.py" line="194" />
            <source>local: %1</source>
            <translation>국소: %1</translation>
        </message>
    </context>
    <context>
        <name>BackpropGraphTab</name>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="45" />
            <source>Buying apples (figure 5-16)</source>
            <translation>사과 쇼핑(그림 5-16)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="46" />
            <source>Apples and oranges (figure 5-17)</source>
            <translation>사과와 귤 쇼핑(그림 5-17)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="47" />
            <source>Chain rule: z = t**2, t = x + y (figure 5-7)</source>
            <translation>연쇄법칙: z = t**2, t = x + y(그림 5-7)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="48" />
            <source>(x + y) * z</source>
            <translation>(x + y) * z</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="49" />
            <source>exp(-x) (section 5.5.2)</source>
            <translation>exp(-x)(5.5.2절)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="50" />
            <source>Sigmoid 1 / (1 + exp(-x)) (figure 5-19)</source>
            <translation>시그모이드 함수 1 / (1 + exp(-x))(그림 5-19)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="70" />
            <source>Load one of the book's graphs</source>
            <translation>책의 계산 그래프를 불러옵니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="71" />
            <source>Your own formula</source>
            <translation>직접 입력한 식</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="75" />
            <source>Formula (one statement per line; name = … defines a node):</source>
            <translation>식(한 줄에 한 문장, 이름 = …으로 노드를 정의):</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="79" />
            <source>For example (x + y) * z, or t = x + y on one line and t**2 on the next. Functions: exp(), log(), sin(), cos(), tanh(), sigmoid(), relu(), sqrt(), abs()…</source>
            <translation>예: (x + y) * z, 또는 첫 줄에 t = x + y, 다음 줄에 t**2. 함수: exp(), log(), sin(), cos(), tanh(), sigmoid(), relu(), sqrt(), abs()…</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="135" />
            <source>The value of %1 (any finite number)</source>
            <translation>%1의 값(유한한 수 아무거나)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="158" />
            <source>The value of %1 must be a finite number, such as 1.5.</source>
            <translation>%1의 값은 1.5 같은 유한한 수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="170" />
            <source>Your own graph. Step forward to compute each node, then backward to send the gradient back, node by node.</source>
            <translation>직접 만든 계산 그래프입니다. 한 단계씩 진행하면 순전파로 각 노드를 계산하고, 이어서 역전파로 기울기를 노드마다 되돌려 보냅니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="179" />
            <source>the book prints int(%1) = %2</source>
            <translation>책은 int(%1) = %2로 출력</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="181" />
            <source>the book prints %1, the same</source>
            <translation>책의 출력도 %1(같음)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="183" />
            <source>the book prints %1 (the same number: %2)</source>
            <translation>책은 %1로 출력(같은 수: %2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Phase</source>
            <translation>단계</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Node</source>
            <translation>노드</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Computation</source>
            <translation>계산</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>forward</source>
            <translation>순전파</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>backward: start</source>
            <translation>역전파: 시작</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>backward</source>
            <translation>역전파</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="276" />
            <source>Each gradient from backprop against the book's numerical derivative (central difference, h = 1e-4)</source>
            <translation>오차역전파법으로 구한 각 기울기와 책의 수치 미분(중심 차분, h = 1e-4) 비교</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="282" />
            <source>Check against the numerical derivative (h = 1e-4)</source>
            <translation>수치 미분으로 확인(h = 1e-4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="284" />
            <source>Step to the end of the backward pass to compare every gradient with the numerical derivative.</source>
            <translation>역전파를 끝까지 진행하면 모든 기울기를 수치 미분과 비교합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="290" />
            <source>✓ agrees</source>
            <translation>✓ 일치</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="292" />
            <source>differs at a kink (relu/abs/step at 0): the numerical derivative averages the two sides; not a bug</source>
            <translation>꺾인 점(0에서의 relu/abs/step)에서 다릅니다. 수치 미분은 양쪽의 평균을 구합니다. 버그가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="295" />
            <source>✗ differs by %1</source>
            <translation>✗ %1만큼 다름</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="335" />
            <source>One step: the next node forward, then backward (Right arrow).</source>
            <translation>한 단계: 다음 노드로. 순전파 다음 역전파(→ 키).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="336" />
            <source>One step back (Left arrow).</source>
            <translation>한 단계 뒤로(← 키).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="337" />
            <source>Back to the start: only the inputs are known (Home).</source>
            <translation>처음으로: 입력만 알려진 상태(Home).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="338" />
            <source>Play or pause: forward node by node, then backward (Space).</source>
            <translation>재생/일시 정지: 노드마다 순전파, 이어서 역전파(Space).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="358" />
            <source>Start: only the inputs are known. Step forward.</source>
            <translation>시작: 입력만 알려져 있습니다. 한 단계씩 진행하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="359" />
            <source>Forward pass: step %1 of %2</source>
            <translation>순전파: %2단계 중 %1단계</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="360" />
            <source>Backward pass: step %1 of %2 (gradients in red)</source>
            <translation>역전파: %2단계 중 %1단계(기울기는 빨간색)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="361" />
            <source>Done: every gradient is known (%1 of %2 steps).</source>
            <translation>완료: 모든 기울기를 구했습니다(%2단계 중 %1단계).</translation>
        </message>
    </context>
    <context>
        <name>BackpropNetwork</name>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="63" />
            <source>Tiny 2-3-2 network (the book's weights, 2 samples)</source>
            <translation>작은 2-3-2 신경망(책의 가중치, 샘플 2개)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="64" />
            <source>MNIST mini-batch, 784-50-10 (untrained)</source>
            <translation>MNIST 미니배치, 784-50-10(학습 전)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="65" />
            <source>The training panel's network on MNIST</source>
            <translation>학습 패널의 신경망(MNIST)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="66" />
            <source>Which network and which mini-batch to trace</source>
            <translation>추적할 신경망과 미니배치</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="70" />
            <source>Sigmoid</source>
            <translation>시그모이드</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="71" />
            <source>Activation function between the two Affine layers</source>
            <translation>두 Affine 계층 사이의 활성화 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="73" />
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="78" />
            <source>Images in the mini-batch (the book's gradient check uses 3)</source>
            <translation>미니배치의 이미지 수(책의 기울기 확인은 3)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="80" />
            <source>Sample</source>
            <translation>샘플</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="82" />
            <source>The sample whose activations and gradients are drawn</source>
            <translation>활성화 값과 기울기를 그릴 샘플</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="95" />
            <source>The tiny network's %1: rows separated by ';', numbers by ','</source>
            <translation>작은 신경망의 %1(행은 ;로, 수는 ,로 구분)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="103" />
            <source>One step: the next layer forward, then backward (Right arrow).</source>
            <translation>한 단계: 다음 계층으로. 순전파 다음 역전파(→ 키).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="104" />
            <source>One step back (Left arrow).</source>
            <translation>한 단계 뒤로(← 키).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="105" />
            <source>Back to the start: only the input is known (Home).</source>
            <translation>처음으로: 입력만 알려진 상태(Home).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="123" />
            <source>SoftmaxWithLoss sends back (y − t)/N, the gradient with respect to the scores a. The loss panel's ∂E/∂y = −t/(y + δ) is the gradient with respect to the softmax output y; passing it back through the softmax node gives (y − t)/N (section 5.6.3).</source>
            <translation>SoftmaxWithLoss는 (y − t)/N을 역전파합니다. 이는 점수 a에 대한 기울기입니다. 손실 함수 패널의 ∂E/∂y = −t/(y + δ)는 소프트맥스 함수의 출력 y에 대한 기울기이며, 소프트맥스 노드를 거쳐 역전파하면 (y − t)/N이 됩니다(5.6.3절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="132" />
            <source>The arrays of the current step (every number of the tiny network)</source>
            <translation>현재 단계의 배열(작은 신경망은 모든 수)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="212" />
            <source>softmax y and label t</source>
            <translation>소프트맥스 출력 y와 레이블 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="218" />
            <source>(y − t)/N: SoftmaxWithLoss backward</source>
            <translation>(y − t)/N: SoftmaxWithLoss의 역전파</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="221" />
            <source>∂E/∂y = −t/(y + δ)/N (the loss panel's dE/dy)</source>
            <translation>∂E/∂y = −t/(y + δ)/N(손실 함수 패널의 dE/dy)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="231" />
            <source>MNIST was not found: set DLFS_DATA or run “dlfs data --fetch mnist”.</source>
            <translation>MNIST를 찾지 못했습니다. DLFS_DATA를 설정하거나 “dlfs data --fetch mnist”를 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="234" />
            <source>Train a TwoLayerNet on MNIST in the training panel first.</source>
            <translation>먼저 학습 패널에서 TwoLayerNet을 MNIST로 학습시키세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="281" />
            <source>Could not trace the network: %1</source>
            <translation>신경망을 추적하지 못했습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="307" />
            <source>%1 is not a list of numbers (rows separated by ';')</source>
            <translation>%1이(가) 수의 목록이 아닙니다(행은 ;로 구분)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="310" />
            <source>t must hold whole numbers (labels 0 or 1)</source>
            <translation>t는 정수(레이블 0 또는 1)여야 합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="320" />
            <source>scalar</source>
            <translation>스칼라</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="390" />
            <source>∂L/∂x: not needed</source>
            <translation>∂L/∂x: 필요 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="415" />
            <source>Start: only the input x is known. Step forward layer by layer.</source>
            <translation>시작: 입력 x만 알려져 있습니다. 계층마다 진행하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="417" />
            <source>Forward: %1 (step %2 of %3)</source>
            <translation>순전파: %1(%3단계 중 %2단계)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="419" />
            <source>Backward starts: ∂L/∂L = 1 (step %2 of %3)</source>
            <translation>역전파 시작: ∂L/∂L = 1(%3단계 중 %2단계)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="421" />
            <source>Backward: %1 (step %2 of %3; gradients in red)</source>
            <translation>역전파: %1(%3단계 중 %2단계, 기울기는 빨간색)</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="423" />
            <source>loss L = %1</source>
            <translation>손실 L = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="451" />
            <source>Sample %1 is drawn above; the arrays hold the whole batch.</source>
            <translation>위 그림은 샘플 %1입니다. 배열은 배치 전체입니다.</translation>
        </message>
    </context>
    <context>
        <name>BackpropPanel</name>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="28" />
            <location filename="../../app/panels/backprop/panel.py" line="61" />
            <source>Computational graph</source>
            <translation>계산 그래프</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="29" />
            <source>Forward node by node, then backward: the book's shopping graphs or your own formula (sections 5.1-5.5).</source>
            <translation>노드마다 순전파하고 이어서 역전파합니다. 책의 쇼핑 계산 그래프나 직접 입력한 식으로(5.1~5.5절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="31" />
            <source>Network as a graph</source>
            <translation>신경망의 계산 그래프</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="32" />
            <source>TwoLayerNet's layers as a graph: shapes, activations and gradients of one sample (section 5.7).</source>
            <translation>TwoLayerNet의 계층을 계산 그래프로: 형상, 샘플 하나의 활성화 값과 기울기(5.7절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="34" />
            <source>Gradient check</source>
            <translation>기울기 확인</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="35" />
            <source>Numerical against backprop gradients, and the error against the step h (section 5.7.3).</source>
            <translation>수치 미분과 오차역전파법의 기울기 비교, 간격 h에 대한 오차(5.7.3절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="56" />
            <source>Backpropagation</source>
            <translation>오차역전파법</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="62" />
            <source>Backprop ledger</source>
            <translation>오차역전파법 계산 기록</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="63" />
            <source>Backprop against numerical derivative</source>
            <translation>오차역전파법과 수치 미분 비교</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="65" />
            <source>Network graph</source>
            <translation>신경망의 계산 그래프</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="66" />
            <source>Activations and gradients of one sample</source>
            <translation>샘플 하나의 활성화 값과 기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="67" />
            <source>(y − t)/N and dE/dy</source>
            <translation>(y − t)/N과 dE/dy</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="69" />
            <source>Gradient check: error against h</source>
            <translation>기울기 확인: h에 대한 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="70" />
            <source>Gradient check at the chosen h</source>
            <translation>선택한 h에서의 기울기 확인</translation>
        </message>
    </context>
    <context>
        <name>CnnView</name>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="26" />
            <source>it is not a SimpleConvNet (train one here, or choose a convolution network in the training view)</source>
            <translation>SimpleConvNet이 아닙니다(여기서 학습하거나 학습 화면에서 합성곱 신경망을 선택하세요)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="29" />
            <source>it does not read 1×28×28 images</source>
            <translation>1×28×28 이미지를 입력으로 받지 않습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="53" />
            <source>Train one now (SimpleConvNet, about one epoch)</source>
            <translation>지금 학습(SimpleConvNet, 약 1에폭)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="63" />
            <source>Filter</source>
            <translation>필터</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="66" />
            <source>Highlight one filter and the maps it produces (or click a tile)</source>
            <translation>필터 하나와 그 필터가 만든 맵을 강조(타일을 클릭해도 됨)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="70" />
            <source>The chosen filter, its feature map and the pooled map, enlarged</source>
            <translation>고른 필터와 그 특징 맵, 풀링된 맵(확대)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="127" />
            <source>No SimpleConvNet yet: train one in the MNIST training view, load a model, or train one now.</source>
            <translation>아직 SimpleConvNet이 없습니다: MNIST 학습 화면에서 학습하거나, 모델을 불러오거나, 지금 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="134" />
            <source>Input 1×28×28</source>
            <translation>입력 1×28×28</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="135" />
            <source>%1 filters W1 (5×5)</source>
            <translation>필터 %1개 W1(5×5)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="136" />
            <source>Feature maps after ReLU (%1×24×24)</source>
            <translation>ReLU 후 특징 맵(%1×24×24)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="137" />
            <source>Max pooled (%1×12×12)</source>
            <translation>최대 풀링 후(%1×12×12)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="138" />
            <source>Scores (softmax probabilities)</source>
            <translation>점수(소프트맥스 확률)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="160" />
            <source>Choose a SimpleConvNet and a digit to look inside.</source>
            <translation>내부를 보려면 SimpleConvNet과 숫자를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="182" />
            <source> (label %1)</source>
            <translation> (정답 레이블 %1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="183" />
            <source>Prediction: %1 with probability %2%3</source>
            <translation>예측: %1, 확률 %2%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="229" />
            <source>Nothing to show yet: choose a SimpleConvNet and a digit.</source>
            <translation>아직 보여 줄 것이 없습니다: SimpleConvNet과 숫자를 고르세요.</translation>
        </message>
    </context>
    <context>
        <name>ConvolutionPanel</name>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="27" />
            <source>im2col</source>
            <translation>im2col</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="27" />
            <source>Which window becomes which row, and one matrix product instead of loops (section 7.4).</source>
            <translation>어느 윈도가 어느 행이 되는지, 반복문 대신 한 번의 행렬 곱(7.4절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="29" />
            <location filename="../../app/panels/convolution/panel.py" line="54" />
            <source>Inside a SimpleConvNet</source>
            <translation>SimpleConvNet 내부</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="30" />
            <source>The 30 filters, feature maps, pooled maps and scores of a trained CNN (7.5, 7.6).</source>
            <translation>학습된 CNN의 필터 30개, 특징 맵, 풀링된 맵, 점수(7.5, 7.6절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="46" />
            <source>Convolution</source>
            <translation>합성곱</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="50" />
            <source>im2col: input, column matrix, filters, col2im counts</source>
            <translation>im2col: 입력, 열 행렬, 필터, col2im 횟수</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="52" />
            <source>col2im overlap counts</source>
            <translation>col2im 겹침 횟수</translation>
        </message>
    </context>
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="94" />
            <location filename="../../app/panels/training/curves.py" line="103" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="94" />
            <source>loss (smoothed)</source>
            <extracomment>Most points drawn per curve: a thick antialiased line costs per point (four racers' 1,000-point curves took 30 ms of each repaint, and it grew with the race), and a smoothed curve keeps its shape at this many.</extracomment>
            <translation>손실(평활화)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="95" />
            <location filename="../../app/panels/training/curves.py" line="91" />
            <source>iteration</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="99" />
            <source>solid: training accuracy, dashed: test accuracy</source>
            <translation>실선: 훈련 데이터 정확도, 점선: 시험 데이터 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="67" />
            <source>Logarithmic loss axis</source>
            <extracomment>Minimum seconds between two redraws of a running run's loss curve.</extracomment>
            <translation>손실 축 로그 눈금</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="68" />
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation>손실을 로그 눈금으로 표시합니다: 후반의 느린 진전도 보입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="71" />
            <source>Moving average over</source>
            <translation>이동 평균:</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="75" />
            <source> iterations</source>
            <translation> 회</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="76" />
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation>미니배치 손실 원본 위에 그리는 이동 평균의 창 크기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="79" />
            <source>Fit view</source>
            <translation>전체 보기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="80" />
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation>축소해 모든 데이터를 표시합니다 (그래프에서 끌거나 스크롤하면 확대/축소)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="89" />
            <source>Training loss per mini-batch</source>
            <translation>미니배치별 훈련 손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="90" />
            <location filename="../../app/panels/training/curves.py" line="484" />
            <source>cross-entropy loss</source>
            <translation>교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="102" />
            <source>Accuracy (train ●—, test ■ - -)</source>
            <translation>정확도(훈련 ●—, 시험 ■ - -)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="104" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="192" />
            <source>train accuracy</source>
            <translation>훈련 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="193" />
            <source>test accuracy</source>
            <translation>시험 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="484" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
    </context>
    <context>
        <name>DatasetDialog</name>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="41" />
            <source>or press Download below (or Choose folder… if you have them elsewhere).</source>
            <translation>또는 아래의 ‘다운로드’를 누르세요 (다른 곳에 있다면 ‘폴더 선택…’).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="57" />
            <source>Dataset not found</source>
            <translation>데이터셋을 찾을 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="66" />
            <source>Where the dataset was looked for, and which files it needs</source>
            <translation>데이터셋을 찾아본 위치와 필요한 파일</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="69" />
            <source>Download into: %1</source>
            <translation>다운로드 위치: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="71" />
            <source>The folder the four files will be saved in (checksums verified)</source>
            <translation>파일 4개를 저장할 폴더 (체크섬 검증)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="75" />
            <source>Download progress of the current file</source>
            <translation>현재 파일의 다운로드 진행률</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="78" />
            <source>File, size and speed of the download</source>
            <translation>다운로드 중인 파일, 크기, 속도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="86" />
            <source>Download</source>
            <translation>다운로드</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="87" />
            <source>Download the four files from the public mirrors and verify their checksums</source>
            <translation>공개 미러에서 파일 4개를 내려받고 체크섬을 검증합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="90" />
            <source>Choose folder…</source>
            <translation>폴더 선택…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="91" />
            <source>Pick a folder that already holds the four IDX files</source>
            <translation>IDX 파일 4개가 이미 있는 폴더를 선택합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="92" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="93" />
            <source>Cancel the download, or close this dialog</source>
            <translation>다운로드를 취소하거나 이 대화 상자를 닫습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="123" />
            <source>Connecting…</source>
            <translation>연결 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="139" />
            <source>%1: %2 at %3/s (%4)</source>
            <translation>%1: %2 (%3/초, %4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="145" />
            <location filename="../../app/panels/training/dataset_dialog.py" line="173" />
            <source>Download cancelled; no partial file was kept.</source>
            <translation>다운로드를 취소했습니다. 일부만 받은 파일은 남기지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="150" />
            <source>The download failed: %1</source>
            <translation>다운로드 실패: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="151" />
            <source>Check the internet connection and press Download again, or copy the four files into a folder and press Choose folder…</source>
            <translation>인터넷 연결을 확인하고 ‘다운로드’를 다시 누르거나, 파일 4개를 한 폴더에 복사한 뒤 ‘폴더 선택…’을 누르세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="166" />
            <source>Downloaded and verified.</source>
            <translation>다운로드하고 검증했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="178" />
            <source>Folder holding the four IDX files</source>
            <translation>IDX 파일 4개가 있는 폴더</translation>
        </message>
    </context>
    <context>
        <name>DescentFields</name>
        <message>
            <source>The number must be finite.</source>
            <translation type="vanished">유한한 수여야 합니다.</translation>
        </message>
        <message>
            <source>Use a value from {lo} to {hi}.</source>
            <translation type="vanished">{lo}~{hi} 범위의 값을 입력하세요.</translation>
        </message>
        <message>
            <source>The last good value is still used.</source>
            <translation type="vanished">마지막으로 올바른 값이 계속 사용됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="76" />
            <source>Type a number.</source>
            <translation>숫자를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="78" />
            <source>Too long for a number.</source>
            <translation>숫자로 보기에는 너무 깁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="83" />
            <source>Type a whole number, e.g. 20.</source>
            <translation>정수를 입력하세요 (예: 20).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="84" />
            <source>Type a number such as 0.1 or 1e-4.</source>
            <translation>0.1이나 1e-4 같은 숫자를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="86" />
            <source>Must be a finite number.</source>
            <translation>유한한 수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="88" />
            <source>Must be between {lo} and {hi}.</source>
            <translation>{lo}에서 {hi} 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="157" />
            <source>(slider on a log scale)</source>
            <translation>(슬라이더는 로그 눈금)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="277" />
            <source>Not applied; still using {0}.</source>
            <translation>적용되지 않았습니다. 계속 {0}을(를) 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="302" />
            <source>“{0}” was not applied. {1} Back to {2}.</source>
            <translation>“{0}”은(는) 적용되지 않았습니다. {1} {2}(으)로 되돌렸습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="305" />
            <source>An empty field is not applied. Back to {0}.</source>
            <translation>빈 칸은 적용되지 않습니다. {0}(으)로 되돌렸습니다.</translation>
        </message>
    </context>
    <context>
        <name>DescentPanel</name>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="43" />
            <source>Descent</source>
            <extracomment>What a sub-tab holds.</extracomment>
            <translation>하강</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="44" />
            <source>One optimizer walking down a surface, step by step (figures 4-9, 4-10).</source>
            <translation>최적화 기법 하나가 곡면을 한 스텝씩 내려갑니다 (그림 4-9, 4-10).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="45" />
            <location filename="../../app/panels/descent_panel.py" line="107" />
            <source>Optimizer race</source>
            <translation>최적화 기법 경주</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="46" />
            <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6).</source>
            <translation>SGD, 모멘텀, Nesterov, AdaGrad, RMSprop, Adam이 같은 시작점에서 출발합니다 (6장).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="47" />
            <source>Numerical differentiation</source>
            <translation>수치 미분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="48" />
            <source>Forward and central differences and why the book picks h = 1e-4 (section 4.3).</source>
            <translation>전방 차분과 중심 차분, 그리고 책이 h = 1e-4를 고른 이유 (4.3절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="89" />
            <source>Gradient descent</source>
            <translation>경사 하강법</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="103" />
            <source>Descent map</source>
            <translation>하강 경로 그래프</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="104" />
            <source>f(x) over iterations</source>
            <translation>반복에 따른 f(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="105" />
            <source>Step ledger</source>
            <translation>스텝 기록</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="108" />
            <source>Figure 6-8 (2×2)</source>
            <translation>그림 6-8 (2×2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="110" />
            <source>Numerical differentiation: f and tangents</source>
            <translation>수치 미분: f와 접선</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="111" />
            <source>Numerical differentiation: error against h</source>
            <translation>수치 미분: h에 따른 오차</translation>
        </message>
    </context>
    <context>
        <name>DescentView</name>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="62" />
            <source>The current step: k, the point x_k, f(x_k) and the last step taken.</source>
            <translation>현재 스텝: k, 점 x_k, f(x_k), 직전 스텝.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="109" />
            <source>k = {0} of {1}    x = ({2}, {3})    f(x) = {4}</source>
            <translation>k = {0} / {1}    x = ({2}, {3})    f(x) = {4}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="112" />
            <source>k = {0} of {1}</source>
            <translation>k = {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="113" />
            <source>x = {0}</source>
            <translation>x = {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="114" />
            <source>f(x) = {0}</source>
            <translation>f(x) = {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="119" />
            <source>last step Δx = {0}, |Δx| = {1}</source>
            <translation>직전 스텝 Δx = {0}, |Δx| = {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="144" />
            <source>f is not defined at the start point x = {0}: f(x) = {1}. Choose a start inside the function's domain (type it, or click the map).</source>
            <translation>시작점 x = {0}에서 f가 정의되지 않습니다: f(x) = {1}. 함수의 정의역 안에서 시작점을 고르세요(입력하거나 그래프를 클릭).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="147" />
            <source>Step {0} left the domain of f: f(x) = {1} at x = {2}, so core ended the run there. A smaller learning rate may keep the walk inside.</source>
            <translation>스텝 {0}에서 f의 정의역을 벗어났습니다: x = {2}에서 f(x) = {1}이므로 core가 실행을 거기서 끝냈습니다. 학습률을 줄이면 정의역 안에 머물 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="152" />
            <source>this surface has no minimum to find (it falls without bound)</source>
            <translation>이 곡면에는 찾을 최솟값이 없습니다 (한없이 내려갑니다)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="154" />
            <source>the learning rate is too large here</source>
            <translation>여기서는 학습률이 너무 큽니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="156" />
            <source>the learning rate may be too large, or f has no minimum that way</source>
            <translation>학습률이 너무 크거나, 그 방향으로는 f에 최솟값이 없을 수 있습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="157" />
            <source>Diverged at step {0}: x = {1}; {2}.</source>
            <translation>스텝 {0}에서 발산했습니다: x = {1}; {2}.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="159" />
            <source>|x| passed 1e150 (or stopped being finite), so core ended the run here.</source>
            <translation>|x|가 1e150을 넘었으므로(또는 유한하지 않게 되었으므로) core가 여기서 실행을 끝냈습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="162" />
            <source>From step {0} on, x ± h rounds back to x, so the numerical gradient is 0 and the point freezes at {1}: stuck, not converged.</source>
            <translation>스텝 {0}부터는 x ± h가 반올림되어 x로 돌아가므로 수치 미분 기울기가 0이 되고 점이 {1}에 멈춥니다. 수렴한 것이 아니라 갇힌 것입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="173" />
            <source>Barely moving: after {0} steps the point is only {1} away from the start (learning rate too small).</source>
            <translation>거의 움직이지 않습니다: {0}스텝이 지나도 시작점에서 {1}만큼만 떨어져 있습니다 (학습률이 너무 작음).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="96" />
            <source>The update rule (chapter 6); SGD is the book's gradient descent.</source>
            <extracomment>Steps recomputed when a parameter changes (in chunks, see StepCursor.RECOMPUTE_CHUNK); beyond this the step index is clamped.</extracomment>
            <translation>갱신 규칙 (6장). SGD가 책의 경사 하강법입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="98" />
            <source>Optimizer</source>
            <translation>최적화 기법</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="101" />
            <source>Learning rate η, used exactly as typed (e.g. 0.1).</source>
            <translation>학습률 η. 입력한 값 그대로 사용합니다 (예: 0.1).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="103" />
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="106" />
            <source>Number of updates (step_num in the book).</source>
            <translation>갱신 횟수 (책의 step_num).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="108" />
            <source>Steps</source>
            <translation>스텝 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="111" />
            <source>numerical (central difference)</source>
            <translation>수치 미분 (중심 차분)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="112" />
            <source>analytic (formula)</source>
            <translation>해석적 (수식)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="115" />
            <source>Which gradient drives the steps; the ledger shows both.</source>
            <translation>스텝을 계산할 기울기. 스텝 기록에는 둘 다 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="117" />
            <source>Gradient</source>
            <translation>기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="120" />
            <source>Step h of the numerical gradient (the book uses 1e-4).</source>
            <translation>수치 미분 기울기의 h (책에서는 1e-4).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="122" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="126" />
            <source>Momentum coefficient α: how much of the last velocity is kept.</source>
            <translation>모멘텀 계수 α: 직전 속도를 얼마나 유지할지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="127" />
            <source>RMSprop decay rate: how fast old squared gradients are forgotten.</source>
            <translation>RMSprop 감쇠율: 과거 기울기 제곱을 얼마나 빨리 잊을지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="128" />
            <source>Adam's β1: decay of the first-moment (mean) estimate.</source>
            <translation>Adam의 β1: 1차 모멘트(평균) 추정값의 감쇠율.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="129" />
            <source>Adam's β2: decay of the second-moment (squared) estimate.</source>
            <translation>Adam의 β2: 2차 모멘트(제곱) 추정값의 감쇠율.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="130" />
            <source>Momentum α</source>
            <translation>모멘텀 α</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="130" />
            <source>Decay rate</source>
            <translation>감쇠율</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="131" />
            <source>β1</source>
            <translation>β1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="131" />
            <source>β2</source>
            <translation>β2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="142" />
            <source>Start x0; or click/drag on the map.</source>
            <translation>시작점 x0. 그래프를 클릭하거나 끌어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="145" />
            <source>Start x1; or click/drag on the map.</source>
            <translation>시작점 x1. 그래프를 클릭하거나 끌어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="149" />
            <source>Start</source>
            <translation>시작점</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="155" />
            <source>log scale for f(x)</source>
            <translation>f(x) 로그 눈금</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="157" />
            <source>Show f(x) against iteration on a logarithmic axis.</source>
            <translation>반복에 따른 f(x)를 로그 축으로 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="160" />
            <source>show −gradient arrows</source>
            <translation>−기울기 화살표 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="162" />
            <source>Draw the field of −gradient arrows (book figure 4-9).</source>
            <translation>−기울기 화살표를 그립니다 (책의 그림 4-9).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="179" />
            <source>Click to set the start point; drag the cross to move it.</source>
            <translation>클릭해 시작점을 정하고, 십자 표시를 끌어 옮깁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="194" />
            <source>The start point: drag it to move the start.</source>
            <translation>시작점: 끌어서 옮길 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="423" />
            <source>point off the map: x = {0}</source>
            <translation>그래프 밖의 점: x = {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/value_chart.py" line="79" />
            <source>f(x_k) against the iteration k.</source>
            <translation>반복 k에 따른 f(x_k).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/value_chart.py" line="81" />
            <source>iteration k</source>
            <translation>반복 k</translation>
        </message>
    </context>
    <context>
        <name>DigitSource</name>
        <message>
            <location filename="../../app/panels/digit_source.py" line="44" />
            <source>Test image</source>
            <translation>시험 이미지</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="45" />
            <source>Drawn digit</source>
            <translation>직접 그린 숫자</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="46" />
            <source>Push a test image or your own drawing through the network</source>
            <translation>시험 이미지나 직접 그린 숫자를 신경망에 통과시킵니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="55" />
            <source>No.</source>
            <translation>번호</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="58" />
            <source>Which of the 10,000 test images</source>
            <translation>시험 이미지 10,000장 중 어느 것</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="60" />
            <source>Random</source>
            <translation>무작위</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="61" />
            <source>Pick a test image at random</source>
            <translation>시험 이미지를 무작위로 고릅니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="71" />
            <source>Draw a digit with the left mouse button; right click erases</source>
            <translation>왼쪽 버튼으로 숫자를 그리세요. 오른쪽 클릭은 지우기</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="73" />
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="74" />
            <source>Erase the drawing</source>
            <translation>그린 것을 지웁니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="99" />
            <source>(no test images: draw a digit instead)</source>
            <translation>(시험 이미지 없음: 숫자를 그려 보세요)</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="122" />
            <source>(loading MNIST…)</source>
            <translation>(MNIST 읽는 중…)</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="130" />
            <source>label: %1</source>
            <translation>정답 레이블: %1</translation>
        </message>
    </context>
    <context>
        <name>DrawTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="169" />
            <source>Draw with the left mouse button; right click clears</source>
            <translation>마우스 왼쪽 버튼으로 그립니다. 오른쪽 클릭으로 지웁니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="173" />
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="174" />
            <source>Erase the drawing</source>
            <translation>그림 지우기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="180" />
            <source>The class with the highest probability</source>
            <translation>확률이 가장 높은 클래스</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="185" />
            <source>as the network sees it (28×28)</source>
            <translation>신경망이 보는 모습 (28×28)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="186" />
            <source>Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, centred by its centre of mass in 28×28</source>
            <translation>MNIST처럼 전처리한 그림: 잘라 내고, 20×20에 맞게 크기를 조정하고, 무게중심을 기준으로 28×28의 가운데에 배치</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="191" />
            <source>Softmax probabilities of the current network for your drawing</source>
            <translation>그림에 대한 현재 신경망의 소프트맥스 함수 출력(확률)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="197" />
            <source>Draw a digit</source>
            <translation>숫자 그리기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="197" />
            <source>Draw a piece of clothing</source>
            <translation>옷을 그려 보세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="222" />
            <source>Fix the network settings first</source>
            <translation>먼저 신경망 설정을 고치세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="228" />
            <source>It looks like %1 (%2%)</source>
            <translation>%1처럼 보입니다 (%2%)</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../app/main.py" line="214" />
            <source>Something went wrong.</source>
            <extracomment>Libraries Qt's X11 plugin loads that many desktop installs lack (Debian package names).</extracomment>
            <translation>문제가 발생했습니다.</translation>
        </message>
    </context>
    <context>
        <name>ErrorsTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="91" />
            <source>Rows: true label; columns: predicted label; the diagonal holds the correct answers (updated after each epoch)</source>
            <translation>행: 정답 레이블, 열: 예측 레이블. 대각선이 정답입니다 (에폭마다 갱신)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="97" />
            <source>Test images the network got wrong, most confident first</source>
            <translation>신경망이 틀린 시험 이미지 (확신도가 높은 순)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="105" />
            <source>Most confident mistakes on the test set (true→predicted, confidence)</source>
            <translation>시험 데이터에서 가장 확신한 오답 (정답→예측, 확신도)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="119" />
            <source>Most confident mistakes on the test set at iteration %1 (epoch %2): true→predicted, confidence; test accuracy %3</source>
            <translation>반복 %1(에폭 %2)에서 시험 데이터의 가장 확신한 오답: 정답→예측, 확신도. 시험 정확도 %3</translation>
        </message>
    </context>
    <context>
        <name>ExprErrors</name>
        <message>
            <location filename="../../app/expr_errors.py" line="16" />
            <source>the number {literal} is too large</source>
            <extracomment>message key -&gt; English template, marked for translation (context "ExprErrors").</extracomment>
            <translation>수 {literal}이(가) 너무 큽니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="17" />
            <source>unexpected character '{char}': {hint}</source>
            <translation>사용할 수 없는 문자 '{char}': {hint}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="18" />
            <source>square brackets are not allowed; use round parentheses ( )</source>
            <translation>대괄호는 쓸 수 없습니다. 소괄호 ( )를 쓰세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="19" />
            <source>curly brackets are not allowed; use round parentheses ( )</source>
            <translation>중괄호는 쓸 수 없습니다. 소괄호 ( )를 쓰세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="20" />
            <source>a comma is not allowed: the functions here take a single argument, and decimals use a point (0.5)</source>
            <translation>쉼표는 쓸 수 없습니다. 여기서 쓰는 함수는 인수가 하나이고, 소수점은 마침표입니다(0.5)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="22" />
            <source>type only the formula, without '=' (for example x0**2 + x1**2)</source>
            <translation>'=' 없이 식만 입력하세요(예: x0**2 + x1**2)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="23" />
            <source>use * for multiplication</source>
            <translation>곱셈에는 *를 쓰세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="24" />
            <source>use / for division</source>
            <translation>나눗셈에는 /를 쓰세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="25" />
            <source>use the ASCII minus sign -</source>
            <translation>빼기에는 반각 - 를 쓰세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="26" />
            <source>write powers as x0**2 or x0^2</source>
            <translation>거듭제곱은 x0**2 또는 x0^2로 쓰세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="27" />
            <source>quotes are not allowed: type a formula, not text</source>
            <translation>따옴표는 쓸 수 없습니다. 문자열이 아닌 식을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="28" />
            <source>only one formula is allowed, without ';'</source>
            <translation>식은 하나만 입력할 수 있습니다(';' 없이)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="29" />
            <source>a point must be part of a number such as 0.5</source>
            <translation>마침표는 0.5 같은 수의 일부로만 쓸 수 있습니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="30" />
            <source>only numbers, x0, x1 (or x, y), pi, e, + - * / ** ^, parentheses and functions such as sin(...) are allowed</source>
            <translation>쓸 수 있는 것은 수, x0, x1(또는 x, y), pi, e, + - * / ** ^, 괄호, sin(...) 같은 함수뿐입니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="32" />
            <source>unknown name '{name}'; did you mean '{close}'?</source>
            <translation>알 수 없는 이름 '{name}'입니다. '{close}'을(를) 뜻했나요?</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="33" />
            <source>unknown name '{name}'; use x0 and x1 (or x and y), pi, e and functions such as {functions}</source>
            <translation>알 수 없는 이름 '{name}'입니다. x0과 x1(또는 x와 y), pi, e와 {functions} 같은 함수를 쓰세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="35" />
            <source>the expression is nested too deeply (more than {limit} levels of parentheses, functions, signs or powers)</source>
            <translation>식의 중첩이 너무 깊습니다(괄호, 함수, 부호, 거듭제곱이 {limit}단계를 넘습니다)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="37" />
            <source>the expression is empty: type a formula such as x0**2 + x1**2</source>
            <translation>식이 비어 있습니다. x0**2 + x1**2 같은 식을 입력하세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="38" />
            <source>the expression is empty</source>
            <translation>식이 비어 있습니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="39" />
            <source>this ')' has no matching '('</source>
            <translation>이 ')'에 대응하는 '('가 없습니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="40" />
            <source>missing operator between '{left}' and '{right}' (for a product write {left}*{right})</source>
            <translation>'{left}'와(과) '{right}' 사이에 연산자가 없습니다(곱셈이면 {left}*{right}로 씁니다)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="42" />
            <source>missing operator between '{left}' and '{right}'</source>
            <translation>'{left}'와(과) '{right}' 사이에 연산자가 없습니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="43" />
            <source>the function {name} needs its argument in parentheses, e.g. {name}(x0)</source>
            <translation>함수 {name}의 인수는 괄호로 감싸세요(예: {name}(x0))</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="45" />
            <source>the expression ends after '{prev}': a number, variable or '(' is missing there</source>
            <translation>식이 '{prev}'에서 끝납니다. 거기에 수, 변수 또는 '('가 필요합니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="47" />
            <source>empty parentheses: put a formula inside ( )</source>
            <translation>괄호 안이 비어 있습니다. ( ) 안에 식을 넣으세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="48" />
            <source>a number, variable or '(' is missing before this ')'</source>
            <translation>이 ')' 앞에 수, 변수 또는 '('가 필요합니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="49" />
            <source>the expression cannot start with '{token}'</source>
            <translation>식은 '{token}'(으)로 시작할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="50" />
            <source>a number, variable or '(' is missing between '{left}' and '{right}'</source>
            <translation>'{left}'와(과) '{right}' 사이에 수, 변수 또는 '('가 필요합니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="52" />
            <source>the '(' at character {column} is never closed: a ')' is missing</source>
            <translation>{column}번째 문자의 '('가 닫히지 않았습니다. ')'가 필요합니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="53" />
            <source>the expression must be text, got {type}</source>
            <translation>식은 문자열이어야 합니다({type}이(가) 주어졌습니다)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="54" />
            <source>the expression is too long ({length} characters; at most {limit})</source>
            <translation>식이 너무 깁니다({length}자, 최대 {limit}자)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="55" />
            <source>the expression is too complex to differentiate; please simplify it</source>
            <translation>식이 너무 복잡해서 미분할 수 없습니다. 간단히 해 주세요</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="57" />
            <source>'{text}' is not a finite number anywhere in the view [{a}, {b}] x [{c}, {d}]: {why}</source>
            <translation>'{text}'은(는) 표시 범위 [{a}, {b}] x [{c}, {d}]의 어디에서도 유한한 수가 아닙니다: {why}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="59" />
            <source>'{text}' is not a finite number: {why}</source>
            <translation>'{text}'은(는) 유한한 수가 아닙니다: {why}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="60" />
            <source>a division by zero</source>
            <translation>0으로 나누기</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="61" />
            <source>numbers too large for float64</source>
            <translation>float64로는 너무 큰 수</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="62" />
            <source>numbers too small for float64</source>
            <translation>float64로는 너무 작은 수</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="63" />
            <source>an undefined operation such as the sqrt or log of a negative number</source>
            <translation>음수의 sqrt나 log 같은 정의되지 않은 연산</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="65" />
            <source>no finite value</source>
            <translation>유한한 값이 없습니다</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="66" />
            <source>{first} and {second}</source>
            <translation>{first}, {second}</translation>
        </message>
    </context>
    <context>
        <name>ForwardPanel</name>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="32" />
            <source>Activation functions</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="33" />
            <source>Step, sigmoid and ReLU with their derivatives; drag x (sections 3.2, 3.5).</source>
            <translation>계단 함수, 시그모이드 함수, ReLU 함수와 도함수. x를 드래그(3.2, 3.5절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="34" />
            <source>Three-layer network</source>
            <translation>3층 신경망</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="35" />
            <source>The book's three-layer example with every a and z; edit any weight (section 3.4).</source>
            <translation>책의 3층 신경망 예. 모든 a와 z, 가중치는 모두 편집 가능(3.4절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="36" />
            <source>Softmax and overflow</source>
            <translation>소프트맥스 함수와 오버플로</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="37" />
            <source>The naive softmax overflows; subtracting the maximum does not (section 3.5.2).</source>
            <translation>단순한 소프트맥스 함수는 오버플로되지만 최댓값을 빼면 그렇지 않습니다(3.5.2절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="38" />
            <source>A trained network</source>
            <translation>학습된 신경망</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="39" />
            <source>A trained network's forward pass layer by layer, and batches (section 3.6).</source>
            <translation>학습된 신경망의 순전파를 층별로, 그리고 배치 처리(3.6절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="63" />
            <source>Forward pass</source>
            <translation>순전파</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="67" />
            <source>Activation functions and derivatives</source>
            <translation>활성화 함수와 도함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="69" />
            <source>Three-layer network (section 3.4)</source>
            <translation>3층 신경망(3.4절)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="71" />
            <source>Softmax: naive</source>
            <translation>소프트맥스 함수: 단순 구현</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="72" />
            <source>Softmax: max subtracted</source>
            <translation>소프트맥스 함수: 최댓값 빼기</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="73" />
            <source>Softmax: logits</source>
            <translation>소프트맥스 함수: 입력 a</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="74" />
            <source>Forward pass layer by layer</source>
            <translation>층별 순전파</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="76" />
            <source>Batch speed-up (measured)</source>
            <translation>배치 처리로 빨라지는 정도(실측)</translation>
        </message>
    </context>
    <context>
        <name>GradCheckTab</name>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="57" />
            <source>Backprop computes all the gradients in one backward pass; the numerical gradient needs two loss evaluations per parameter. Both are computed on the same mini-batch (in float64) and compared.</source>
            <extracomment>Steps h offered for the central difference; the book uses 1e-4. Largest difference called agreement.</extracomment>
            <translation>오차역전파법은 역방향 한 번으로 모든 기울기를 구하고, 수치 미분은 매개변수마다 손실을 두 번 계산해야 합니다. 두 기울기를 같은 미니배치에서 (float64로) 계산해 비교합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="63" />
            <source>Images</source>
            <translation>이미지 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="67" />
            <source>Training images in the mini-batch both gradients are computed on</source>
            <translation>두 기울기를 계산할 미니배치의 훈련 이미지 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="69" />
            <source>Entries per parameter</source>
            <translation>매개변수별 원소 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="74" />
            <source>How many randomly chosen entries of each parameter array get a numerical gradient; enlarge it to check more</source>
            <translation>각 매개변수 배열에서 무작위로 골라 수치 미분 기울기를 구할 원소 수. 늘리면 더 많이 확인합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="77" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="81" />
            <source>Step of the central difference (f(x+h) − f(x−h)) / 2h; the book uses 1e-4. A smaller h steps over fewer ReLU and max-pool kinks</source>
            <translation>중심 차분 (f(x+h) − f(x−h)) / 2h의 간격 h. 책은 1e-4를 씁니다. h가 작을수록 ReLU와 최대 풀링의 꺾인 점을 넘는 경우가 줄어듭니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="84" />
            <source>All parameters (slow)</source>
            <translation>모든 매개변수 (느림)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="85" />
            <source>The full numerical gradient: about a minute for 784-50-10</source>
            <translation>전체 수치 미분 기울기: 784-50-10에서 약 1분</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="88" />
            <source>Compare</source>
            <translation>비교</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="89" />
            <source>Compute both gradients of the current network and compare them</source>
            <translation>현재 신경망의 두 기울기를 계산해 비교합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="92" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="93" />
            <source>Stop the numerical gradient</source>
            <translation>수치 미분 중단</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="101" />
            <source>Numerical gradient entries done</source>
            <translation>계산을 마친 수치 미분 기울기 원소</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="106" />
            <source>Measured times of both methods</source>
            <translation>두 방법의 측정 시간</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>parameter</source>
            <translation>매개변수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>shape</source>
            <translation>형상</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>entries checked</source>
            <translation>확인한 원소 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="110" />
            <source>max |num − backprop|</source>
            <translation>최대 |수치 − 역전파|</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="110" />
            <source>mean |num − backprop|</source>
            <translation>평균 |수치 − 역전파|</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="114" />
            <source>Differences of the order 1e-8 or less mean backprop is right</source>
            <translation>차이가 1e-8 정도 이하이면 오차역전파법이 올바릅니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="151" />
            <source>Computing…</source>
            <extracomment>Set by the panel: () -&gt; (network, x, t, seed) or None with a reason shown.</extracomment>
            <translation>계산 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="158" />
            <source>Cancelled.</source>
            <translation>취소했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="172" />
            <source>Failed: %1</source>
            <translation>실패: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="182" />
            <source>Numerical gradient: %1 of %2 entries (%3), %4 s…</source>
            <translation>수치 미분 기울기: %2개 중 %1개 (%3), %4초…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="191" />
            <source>They agree (max difference %1).</source>
            <translation>일치합니다 (최대 차이 %1).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="193" />
            <source>A few entries differ by up to %1. This network has ReLU or max-pooling kinks, where the loss has no derivative: when x − h and x + h fall on both sides of one, the numerical gradient is off, not backprop. Try a smaller h (e.g. 1e-6) and compare again.</source>
            <translation>일부 원소가 최대 %1만큼 다릅니다. 이 신경망에는 ReLU나 최대 풀링의 꺾인 점이 있고, 그곳에서는 손실을 미분할 수 없습니다. x − h와 x + h가 꺾인 점의 양쪽에 놓이면 어긋나는 것은 수치 미분이지 오차역전파법이 아닙니다. h를 더 작게 해서(예: 1e-6) 다시 비교하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="197" />
            <source>They differ by up to %1: more than rounding explains. Check the backward pass of the layers.</source>
            <translation>최대 %1만큼 다르며, 반올림 오차로는 설명되지 않습니다. 각 계층의 역전파를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="208" />
            <source>largest backprop gradient entry checked: %1</source>
            <translation>확인한 원소 중 오차역전파법 기울기의 최대 절댓값: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="212" />
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation>오차역전파법: 기울기 원소 %2개 전체에 %1ms. 수치 미분: 원소 %4개에 %3초 (%2개 전체라면 약 %5초, %6배 느림). %7</translation>
        </message>
    </context>
    <context>
        <name>GridView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="184" />
            <source>Training accuracy per epoch at each weight scale w: solid with BatchNorm, dashed without</source>
            <translation>각 가중치 배율 w에서 에폭별 훈련 정확도: 실선은 배치 정규화 있음, 점선은 없음</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../app/help.py" line="15" />
            <source>Chapter 3 (3.2–3.5)</source>
            <extracomment>panel key -&gt; (the book's sections, what the panel shows), untranslated; context "Help". (QT_TRANSLATE_NOOP returns its text; PySide's stubs type it ``object``.)</extracomment>
            <translation>3장 (3.2–3.5절)</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="16" />
            <source>A neural network computes its output layer by layer: each neuron takes a weighted sum of its inputs plus a bias and passes it through an activation function (step function, sigmoid function, ReLU). The output layer uses the identity function for regression and the softmax function for classification.</source>
            <translation>신경망은 층마다 출력을 계산합니다. 각 뉴런은 입력의 가중치 합에 편향을 더해 활성화 함수(계단 함수, 시그모이드 함수, ReLU)에 통과시킵니다. 출력층에서는 회귀에는 항등 함수를, 분류에는 소프트맥스 함수를 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="22" />
            <source>Section 4.2</source>
            <translation>4.2절</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="23" />
            <source>A loss function says how far the network's output y is from the label t: the sum of squared errors and the cross-entropy error. Drag the outputs and watch both losses; a mini-batch averages the loss over several examples.</source>
            <translation>손실 함수는 신경망의 출력 y가 정답 레이블 t에서 얼마나 떨어져 있는지 나타냅니다. 오차제곱합과 교차 엔트로피 오차입니다. 출력을 드래그하며 두 손실을 비교해 보세요. 미니배치에서는 여러 데이터의 손실을 평균합니다.</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="27" />
            <source>Sections 4.3–4.4 and 6.1</source>
            <translation>4.3–4.4절, 6.1절</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="28" />
            <source>The gradient, computed here by numerical differentiation or by formula, points where the function rises fastest; gradient descent steps against it, scaled by the learning rate. Section 6.1 compares the optimizers SGD, Momentum, AdaGrad and Adam on the same surface.</source>
            <translation>기울기(여기서는 수치 미분이나 수식으로 계산)는 함수의 값이 가장 크게 늘어나는 방향을 가리킵니다. 경사 하강법은 그 반대 방향으로 학습률을 곱한 만큼 나아갑니다. 6.1절에서는 SGD, 모멘텀, AdaGrad, Adam을 같은 함수 위에서 비교합니다.</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="33" />
            <source>Chapter 5</source>
            <translation>5장</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="34" />
            <source>Backpropagation computes every gradient in one backward pass over the computational graph, applying the chain rule node by node. It gives the same gradients as numerical differentiation, much faster; the gradient check compares the two (5.7.3).</source>
            <translation>오차역전파법은 계산 그래프를 거꾸로 한 번 지나가며 모든 기울기를 구합니다. 노드마다 연쇄법칙을 적용합니다. 수치 미분과 같은 기울기를 훨씬 빠르게 얻으며, 기울기 확인으로 둘을 비교합니다(5.7.3절).</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="39" />
            <source>Section 4.5 and chapter 6</source>
            <translation>4.5절, 6장</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="40" />
            <source>Training repeats three steps: take a mini-batch, compute the gradient, update the weights. Chapter 6 adds the optimizers, the initial weights, Batch Normalization, and weight decay and dropout against overfitting; watch the loss and the accuracy on the training and test data epoch by epoch.</source>
            <translation>학습은 세 단계의 반복입니다. 미니배치를 고르고, 기울기를 구하고, 가중치를 갱신합니다. 6장에서는 매개변수 갱신 방법, 가중치의 초깃값, 배치 정규화, 오버피팅을 억제하는 가중치 감소와 드롭아웃을 더합니다. 손실과 훈련 데이터·시험 데이터의 정확도를 에폭마다 살펴보세요.</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="45" />
            <source>Chapter 7</source>
            <translation>7장</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="46" />
            <source>A convolution layer slides a filter over the image and keeps its shape; padding and stride set the size of the output (7.2). Pooling shrinks the height and width (7.3), and a CNN stacks these layers before the fully connected ones (7.4–7.5).</source>
            <translation>합성곱 계층은 이미지 위로 필터를 이동시키며 데이터의 형상을 유지합니다. 패딩과 스트라이드가 출력의 크기를 정합니다(7.2절). 풀링은 세로·가로 방향의 크기를 줄이며(7.3절), CNN은 이 계층들을 완전연결 계층 앞에 쌓습니다(7.4–7.5절).</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="54" />
            <source>Space</source>
            <extracomment>(key name, what it does) of the lecturer keys; context "Help".</extracomment>
            <translation>스페이스</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="54" />
            <source>Play / pause the animation</source>
            <translation>애니메이션 재생/일시 정지</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="55" />
            <source>Right arrow</source>
            <translation>→ 키</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="55" />
            <source>One step forward</source>
            <translation>한 단계 앞으로</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="56" />
            <source>Left arrow</source>
            <translation>← 키</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="56" />
            <source>One step back</source>
            <translation>한 단계 뒤로</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="57" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="57" />
            <source>Back to the start (reset)</source>
            <translation>처음으로 (초기화)</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="72" />
            <source>The panels</source>
            <translation>패널</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="77" />
            <source>Lecturer keys</source>
            <translation>강의용 키</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="78" />
            <source>In an animated panel, when no text field has the focus:</source>
            <translation>애니메이션이 있는 패널에서 입력란에 포커스가 없을 때:</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../app/help.py" line="91" />
            <source>Panels explained</source>
            <translation>패널 설명</translation>
        </message>
    </context>
    <context>
        <name>HistView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="321" />
            <source>{0}: layer {1}</source>
            <translation>{0}: {1}층</translation>
        </message>
    </context>
    <context>
        <name>Im2colView</name>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Images N</source>
            <extracomment>Largest input side offered (the picture stays readable).</extracomment>
            <translation>이미지 수 N</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Channels C</source>
            <translation>채널 수 C</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Height H</source>
            <translation>높이 H</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Width W</source>
            <translation>너비 W</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Filter height FH</source>
            <translation>필터 높이 FH</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Filter width FW</source>
            <translation>필터 너비 FW</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Stride</source>
            <translation>스트라이드</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Padding</source>
            <translation>패딩</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Filters FN</source>
            <translation>필터 수 FN</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="54" />
            <source>Which window (= which row of the column matrix) to highlight; or click a row of the column matrix</source>
            <translation>강조할 윈도(= 열 행렬의 행). 열 행렬의 행을 클릭해도 됩니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="56" />
            <source>Window / row</source>
            <translation>윈도/행</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="58" />
            <source>Book example: 1×3×7×7, 5×5</source>
            <translation>책의 예: 1×3×7×7, 5×5</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="59" />
            <source>The shapes section 7.4.3 prints: a 9×75 column matrix</source>
            <translation>7.4.3절이 출력하는 형상: 9×75 열 행렬</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="60" />
            <source>Book example: batch of 10</source>
            <translation>책의 예: 배치 10개</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="61" />
            <source>10×3×7×7 with a 5×5 filter: a 90×75 column matrix</source>
            <translation>10×3×7×7과 5×5 필터: 90×75 열 행렬</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="137" />
            <source>The filter (%1 × %2) does not fit into the padded input (%3 × %4).</source>
            <translation>필터(%1 × %2)가 패딩된 입력(%3 × %4)에 들어가지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="142" />
            <source>Make the padding smaller than the filter.</source>
            <translation>패딩을 필터보다 작게 하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="211" />
            <source>Input image (padding %1), channels side by side</source>
            <translation>입력 이미지(패딩 %1), 채널을 나란히 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="212" />
            <source>Column matrix col: %1 × %2 (click a row)</source>
            <translation>열 행렬 col: %1 × %2(행을 클릭)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="214" />
            <source>Filters as columns: W.reshape(FN, -1).T, %1 × %2</source>
            <translation>열로 펼친 필터: W.reshape(FN, -1).T, %1 × %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="216" />
            <source>col2im: windows adding into each pixel (why +=)</source>
            <translation>col2im: 각 픽셀에 더해지는 윈도 수(+=를 쓰는 이유)</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="220" />
            <source>One product: col @ col_W + b = %1 × %2, each row one output position</source>
            <translation>한 번의 행렬 곱: col @ col_W + b = %1 × %2, 각 행이 출력의 한 위치</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="224" />
            <source>Input %1 → out_h = (H + 2·pad − FH) / stride + 1 = %2, out_w = %3 → col (N·out_h·out_w, C·FH·FW) = &lt;b&gt;%4&lt;/b&gt;. Filters (%5) → col_W %6. One product col @ col_W + b = %7 replaces the loops over images, filters and positions; reshape → output %8. The book: 1×3×7×7 with 5×5 gives 9×75, a batch of 10 gives 90×75.</source>
            <translation>입력 %1 → out_h = (H + 2·pad − FH) / stride + 1 = %2, out_w = %3 → col (N·out_h·out_w, C·FH·FW) = &lt;b&gt;%4&lt;/b&gt;. 필터 (%5) → col_W %6. 한 번의 행렬 곱 col @ col_W + b = %7 이 이미지·필터·위치에 대한 반복문을 대신하고, reshape → 출력 %8. 책: 1×3×7×7과 5×5는 9×75, 배치 10개는 90×75.</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="288" />
            <source>Image %1, window (%2, %3) → row %4</source>
            <translation>이미지 %1, 윈도 (%2, %3) → 행 %4</translation>
        </message>
    </context>
    <context>
        <name>LossPanel</name>
        <message>
            <source>Loss against y&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation type="vanished">y&lt;sub&gt;t&lt;/sub&gt;에 따른 손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="43" />
            <source>Drag a bar up or down to change y; the others rescale so y sums to 1</source>
            <translation>막대를 위아래로 끌어 y를 바꿉니다. 나머지는 y의 합이 1이 되도록 조정됩니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="57" />
            <source>Make %1 the correct class t</source>
            <translation>%1을(를) 정답 클래스 t로</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="67" />
            <location filename="../../app/panels/loss/contrib_view.py" line="45" />
            <location filename="../../app/panels/loss/gradient_view.py" line="49" />
            <source>class k</source>
            <translation>클래스 k</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="68" />
            <source>y&lt;sub&gt;k&lt;/sub&gt;</source>
            <translation>y&lt;sub&gt;k&lt;/sub&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="85" />
            <source>t</source>
            <translation>t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="105" />
            <source>&lt;span style='color:%1'&gt;■&lt;/span&gt; output y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; target t</source>
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; 출력 y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; 정답 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="108" />
            <source>&lt;span style='color:%1'&gt;■&lt;/span&gt; y2</source>
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="132" />
            <source>t = %1</source>
            <translation>t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="71" />
            <source>Each row is one output y with its label t. The batch cross-entropy is the mean of the rows' cross-entropies (section 4.2.4).</source>
            <translation>각 행은 출력 y 하나와 그 레이블 t입니다. 배치의 교차 엔트로피 오차는 각 행의 교차 엔트로피 오차의 평균입니다 (4.2.4절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="76" />
            <source>Add row</source>
            <translation>행 추가</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="77" />
            <source>Add a row (a copy of the current output y and label)</source>
            <translation>행 추가 (현재 출력 y와 레이블의 복사본)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="79" />
            <source>Remove row</source>
            <translation>행 삭제</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="80" />
            <source>Remove the selected row (or the last one)</source>
            <translation>선택한 행 삭제 (선택이 없으면 마지막 행)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="82" />
            <source>Book's y and y2</source>
            <translation>책의 y와 y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="83" />
            <source>Fill the table with the book's two examples (label 2)</source>
            <translation>책의 두 예제로 표 채우기 (레이블 2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <location filename="../../app/panels/loss/curve_view.py" line="39" />
            <location filename="../../app/panels/loss/curve_view.py" line="55" />
            <source>cross-entropy</source>
            <translation>교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <location filename="../../app/panels/loss/batch_view.py" line="271" />
            <source>label t</source>
            <translation>레이블 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <source>squared error</source>
            <translation>오차제곱합</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="95" />
            <source>Edit y values (0 or more) and the label t (0–9); the last two columns are computed by core</source>
            <translation>y 값(0 이상)과 레이블 t(0~9)를 편집합니다. 마지막 두 열은 core가 계산합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="97" />
            <source>Shown to two decimals, like the bars; hover a cell or edit it for the full value</source>
            <translation>막대처럼 소수 둘째 자리까지 표시합니다. 셀에 마우스를 올리거나 편집하면 전체 값이 보입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="98" />
            <source>Computed by core; shown with six significant digits (… means more digits: hover the cell or export the CSV for the full value)</source>
            <translation>core가 계산하며 유효숫자 6자리로 표시합니다 (…는 자릿수가 더 있다는 뜻: 셀에 마우스를 올리거나 CSV로 내보내면 전체 값이 보입니다)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="116" />
            <source>Cross-entropy of each row; the line is the batch mean</source>
            <translation>행별 교차 엔트로피 오차. 선은 배치 평균입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="119" />
            <source>Cross-entropy per row</source>
            <translation>행별 교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="120" />
            <source>row</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="124" />
            <source>batch mean</source>
            <translation>배치 평균</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="145" />
            <source>Batch cross-entropy, t as label indices:</source>
            <translation>배치 교차 엔트로피 오차 (t는 레이블):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="146" />
            <source>core.cross_entropy_error(Y, labels): mean over the rows</source>
            <translation>core.cross_entropy_error(Y, labels): 행들의 평균</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="147" />
            <source>Batch cross-entropy, t as one-hot rows:</source>
            <translation>배치 교차 엔트로피 오차 (t는 원-핫):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="148" />
            <source>core.cross_entropy_error(Y, one_hot(labels))</source>
            <translation>core.cross_entropy_error(Y, one_hot(labels))</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="149" />
            <source>Squared error over the batch (half sum):</source>
            <translation>배치의 오차제곱합 (½Σ):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="150" />
            <source>core.sum_squared_error(Y, T): NOT divided by the batch size</source>
            <translation>core.sum_squared_error(Y, T): 배치 크기로 나누지 않습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="151" />
            <source>… divided by N (a true mean):</source>
            <translation>… N으로 나누면 (진짜 평균):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="152" />
            <source>The half sum divided by the number of rows, for comparison</source>
            <translation>비교용: 제곱합의 절반을 행 수로 나눈 값</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="211" />
            <source>A batch needs at least one row.</source>
            <translation>배치에는 적어도 한 행이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="244" />
            <source>The label must be a whole number 0–9.</source>
            <translation>레이블은 0~9의 정수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="272" />
            <source>Row %1, %2: %3</source>
            <translation>%1행, %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="284" />
            <source>Not updated — fix the highlighted cells:</source>
            <translation>갱신되지 않음 — 강조된 셀을 고치세요:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="312" />
            <source>✓ The one-hot form and the label-index form agree exactly (the label form just reads y[row, t] instead of multiplying by zeros).</source>
            <translation>✓ 원-핫 형식과 레이블 번호 형식이 정확히 일치합니다 (레이블 형식은 0을 곱하는 대신 y[row, t]를 읽을 뿐입니다).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="317" />
            <source>The two forms differ by %1 (floating-point summation order).</source>
            <translation>두 형식의 차이는 %1입니다 (부동소수점 덧셈 순서 때문).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="320" />
            <source>Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row (%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.</source>
            <translation>주의: 책의 mean_squared_error는 평균이 아니라 합(제곱합의 절반)입니다. 이 %1개 행을 모두 더하며(%2), 평균인 배치 교차 엔트로피 오차와 달리 배치 크기로 나누지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="39" />
            <source>Each class's share of the loss: squared error uses all ten classes, cross-entropy only the correct one</source>
            <translation>손실에서 각 클래스가 차지하는 몫: 오차제곱합은 10개 클래스를 모두, 교차 엔트로피 오차는 정답 클래스만 사용합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="42" />
            <source>Per class: &lt;span style='color:%1'&gt;■ squared&lt;/span&gt;  &lt;span style='color:%2'&gt;■ cross-entropy&lt;/span&gt;</source>
            <translation>클래스별: &lt;span style='color:%1'&gt;■ 오차제곱합&lt;/span&gt;  &lt;span style='color:%2'&gt;■ 교차 엔트로피 오차&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="51" />
            <source>squared error ½(y_k − t_k)²</source>
            <translation>오차제곱합 ½(y_k − t_k)²</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="54" />
            <source>cross-entropy −t_k log(y_k + δ)</source>
            <translation>교차 엔트로피 오차 −t_k log(y_k + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="151" />
            <source>a / T overflows: %1 / %2 is beyond the largest float (about 1.8e308), so softmax would give nan. Use smaller logits or a larger T; y keeps its last values.</source>
            <translation>a / T가 오버플로됩니다: %1 / %2는 부동소수점 수의 최댓값(약 1.8e308)을 넘으므로 소프트맥스 함수가 nan을 냅니다. 더 작은 로짓이나 더 큰 T를 쓰세요. y는 마지막 값을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="167" />
            <source>y is all zeros: it cannot be scaled to sum to 1.</source>
            <translation>y가 모두 0이라서 합이 1이 되도록 조정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="170" />
            <source>The sum of y overflows (inf): y cannot be scaled to sum to 1.</source>
            <translation>y의 합이 오버플로(inf)되어 합이 1이 되도록 조정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="202" />
            <source>y is not a probability vector: its values sum to %1, not 1.</source>
            <translation>y는 확률 벡터가 아닙니다: 합이 1이 아니라 %1입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="208" />
            <source>y2 sums to %1, not 1.</source>
            <translation>y2의 합은 1이 아니라 %1입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="210" />
            <source>The losses are still computed, exactly as the book's code would.</source>
            <translation>손실은 책의 코드와 똑같이 그대로 계산합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="213" />
            <source>A value above %1 squares to more than the largest float: the squared error overflows to inf (the cross-entropy still only reads y_t).</source>
            <translation>%1보다 큰 값의 제곱은 부동소수점 수의 최댓값을 넘습니다: 오차제곱합이 inf로 오버플로됩니다(교차 엔트로피 오차는 여전히 y_t만 읽습니다).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="217" />
            <source>y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, large but finite.</source>
            <translation>y_t = 0: δ가 없으면 log(0) = −inf이므로 손실은 inf입니다. δ = 1e-7이면 −log(1e-7) = %1로, 크지만 유한합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="222" />
            <source>The cross-entropy is negative (%1): with y_t = 1, δ makes it −log(1 + 1e-7), just below 0. Without δ it would be exactly 0, the smallest loss a probability can give.</source>
            <translation>교차 엔트로피 오차가 음수입니다(%1): y_t = 1이면 δ 때문에 −log(1 + 1e-7)이 되어 0보다 살짝 작습니다. δ가 없으면 정확히 0, 확률이 줄 수 있는 가장 작은 손실입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="225" />
            <source>The cross-entropy is negative (%1) because y_t = %2 is above 1, so log(y_t + δ) &gt; 0. A probability is at most 1: this y is not a probability vector.</source>
            <translation>y_t = %2가 1보다 커서 log(y_t + δ) &gt; 0이므로 교차 엔트로피 오차가 음수입니다(%1). 확률은 1 이하입니다: 이 y는 확률 벡터가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="233" />
            <source>With temperature T the gradient is taken with respect to the scaled logits a / T.</source>
            <translation>온도 T를 쓰면 기울기는 조정된 로짓 a / T에 대해 구합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="234" />
            <source>Logits taken as a = log y (softmax(log y) = y).</source>
            <translation>로짓은 a = log y로 둡니다 (softmax(log y) = y).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="235" />
            <source>y does not sum to 1, so no logits give exactly this y: with a = log y, softmax(a) is y / sum(y), and y − t uses that normalised y.</source>
            <translation>y의 합이 1이 아니므로 정확히 이 y를 내는 로짓은 없습니다. a = log y로 두면 softmax(a)는 y / sum(y)이고, y − t에는 이 정규화된 y를 씁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="237" />
            <source>y is all zeros: there are no logits whose softmax is y.</source>
            <translation>y가 모두 0이라서 소프트맥스 함수의 출력이 y가 되는 로짓이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="246" />
            <source>%1 (%2 in floating point)</source>
            <translation>%1 (부동소수점으로는 %2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="46" />
            <location filename="../../app/panels/loss/panel.py" line="71" />
            <source>Output y</source>
            <extracomment>Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px). Presentation-mode scale of the secondary numbers (y2, without δ), which share one line. Colour of the second output y2 (purple: orange already means cross-entropy in this panel). Neutral colour of the bars that are not the correct class. Top of the per-class chart as a multiple of its tallest bar (room for the value label above it). Significant digits of the computed cells of the batch table (the cell keeps the full value). Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode). Emitted after every recomputation (tests and other views can listen).</extracomment>
            <translation>출력 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="49" />
            <source>Probabilities: drag the bars or type y</source>
            <translation>확률: 막대를 끌거나 y 입력</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="50" />
            <source>Edit the ten probabilities directly</source>
            <translation>확률 10개를 직접 편집합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="51" />
            <source>Logits a → y = softmax(a / T)</source>
            <translation>로짓 a → y = softmax(a / T)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="52" />
            <source>Type scores (logits); softmax turns them into probabilities</source>
            <translation>점수(로짓)를 입력하면 소프트맥스 함수가 확률로 바꿉니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="62" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1; the panel tells you if they do not.</source>
            <translation>y의 값 10개를 쉼표로 구분해 입력합니다 (Enter로 적용). 합이 1이 아니어도 되며, 그럴 때는 패널이 알려 줍니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="72" />
            <source>Ten logits (any real numbers), separated by commas</source>
            <translation>로짓 10개 (임의의 실수), 쉼표로 구분</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="76" />
            <source>Temperature T</source>
            <translation>온도 T</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="82" />
            <source>softmax(a / T): T &lt; 1 sharpens, T &gt; 1 flattens; T = 1 is the book's</source>
            <translation>softmax(a / T): T &lt; 1이면 뾰족해지고 T &gt; 1이면 평평해집니다. T = 1이 책의 softmax입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="90" />
            <source>The sum of y: a probability vector sums to 1</source>
            <translation>y의 합: 확률 벡터의 합은 1입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="92" />
            <source>Make y sum to 1</source>
            <translation>y의 합을 1로 만들기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="93" />
            <source>Divide every y by the sum of y</source>
            <translation>각 y를 y의 합으로 나누기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="100" />
            <source>Correct label t</source>
            <translation>정답 레이블 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="103" />
            <source>The correct class as a label index (what the book's batch code uses)</source>
            <translation>정답 클래스를 레이블 번호로 (책의 배치 코드가 쓰는 형태)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="106" />
            <source>The same label as a one-hot vector (what equation 4.1 uses)</source>
            <translation>같은 레이블을 원-핫 벡터로 (식 4.1이 쓰는 형태)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="110" />
            <source>Click a class button under the bars to change it.</source>
            <translation>막대 아래의 클래스 버튼을 클릭해 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="116" />
            <source>Compare</source>
            <translation>비교</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="118" />
            <source>Show a second output y2</source>
            <translation>두 번째 출력 y2 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="119" />
            <source>Compare the losses of y and y2 for the same label</source>
            <translation>같은 레이블로 y와 y2의 손실 비교</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="124" />
            <source>The ten values of y2, separated by commas (Enter applies)</source>
            <translation>y2의 값 10개, 쉼표로 구분 (Enter로 적용)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="150" />
            <source>y = softmax(a / T), computed from the logits</source>
            <translation>y = softmax(a / T), 로짓에서 계산</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="151" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1.</source>
            <translation>y의 값 10개를 쉼표로 구분해 입력합니다 (Enter로 적용). 합이 1이 아니어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="168" />
            <source>label index: t = %1</source>
            <translation>레이블: t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="170" />
            <source>one-hot: t = [%1]</source>
            <translation>원-핫: t = [%1]</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="173" />
            <source>sum of y = %1</source>
            <translation>y의 합 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="34" />
            <source>Each loss as y_t (the probability of the correct class) varies, the other classes held fixed; the dots are the current y</source>
            <translation>다른 클래스는 고정하고 y_t(정답 클래스의 확률)를 바꿀 때의 각 손실. 점은 현재 y입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="37" />
            <source>y&lt;sub&gt;t&lt;/sub&gt;, probability of the correct class</source>
            <translation>y&lt;sub&gt;t&lt;/sub&gt;: 정답 클래스의 확률</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="38" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="40" />
            <location filename="../../app/panels/loss/curve_view.py" line="56" />
            <location filename="../../app/panels/loss/header.py" line="113" />
            <source>squared error (y)</source>
            <translation>오차제곱합 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="41" />
            <location filename="../../app/panels/loss/curve_view.py" line="59" />
            <location filename="../../app/panels/loss/header.py" line="114" />
            <source>squared error (y2)</source>
            <translation>오차제곱합 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="31" />
            <source>The gradient tells each output which way to move to lower the loss: the first step of backprop. Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when y&lt;sub&gt;t&lt;/sub&gt; is small (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)); softmax followed by cross-entropy gives the simple y − t with respect to the logits (section 5.6.3).</source>
            <translation>기울기는 손실을 줄이려면 각 출력이 어느 쪽으로 움직여야 하는지 알려 줍니다. 오차역전파법의 첫 단계입니다. 오차제곱합은 모든 클래스를 움직입니다 (y − t). 교차 엔트로피 오차는 정답 클래스만 움직이며, y&lt;sub&gt;t&lt;/sub&gt;가 작을수록 세게 움직입니다 (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)). 소프트맥스 함수 뒤에 교차 엔트로피 오차를 두면 로짓에 대한 기울기가 간단한 y − t가 됩니다 (5.6.3절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="40" />
            <source>Bars: the gradient for each class k (computed by core.functions)</source>
            <translation>막대: 클래스 k별 기울기 (core.functions로 계산)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="41" />
            <source>squared error&lt;br&gt;∂E/∂y = y − t</source>
            <translation>오차제곱합&lt;br&gt;∂E/∂y = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="42" />
            <source>cross-entropy&lt;br&gt;∂E/∂y = −t / (y + δ)</source>
            <translation>교차 엔트로피 오차&lt;br&gt;∂E/∂y = −t / (y + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="43" />
            <source>softmax + cross-entropy&lt;br&gt;∂E/∂a = y − t</source>
            <translation>소프트맥스 함수 + 교차 엔트로피 오차&lt;br&gt;∂E/∂a = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="66" />
            <source>The gradients with full precision</source>
            <translation>전체 정밀도의 기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="74" />
            <source>The simpleNet of section 4.4.2, computed by core.nets.SimpleNet</source>
            <translation>4.4.2절의 simpleNet(core.nets.SimpleNet으로 계산)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="137" />
            <source>loss (cross-entropy, t = %1) =</source>
            <translation>손실(교차 엔트로피 오차, t = %1) =</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="140" />
            <source>dW (numerical_gradient, h = 1e-4) =</source>
            <translation>dW(numerical_gradient, h = 1e-4) =</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="142" />
            <source>dW (analytic, xᵀ(y − t)) =</source>
            <translation>dW(해석적, xᵀ(y − t)) =</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="145" />
            <source>simpleNet (section 4.4.2): one 2×3 weight matrix, softmax and cross-entropy</source>
            <translation>simpleNet(4.4.2절): 2×3 가중치 하나, 소프트맥스 함수와 교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="33" />
            <location filename="../../app/panels/loss/panel.py" line="160" />
            <source>Loss functions</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="36" />
            <source>Example:</source>
            <translation>예제:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="38" />
            <source>Load an example from the book (section 4.2) or a learner's note</source>
            <translation>책(4.2절)의 예제나 학습자 노트를 불러옵니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="40" />
            <source>(your own values)</source>
            <translation>(직접 입력한 값)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="52" />
            <source>Where this example comes from and what to notice</source>
            <translation>이 예제의 출처와 눈여겨볼 점</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="112" />
            <source>Your own values. Choose an example to load the book's or a learner's numbers.</source>
            <translation>직접 입력한 값입니다. 책이나 학습자 노트의 값을 불러오려면 예제를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="113" />
            <source>cross-entropy (y)</source>
            <translation>교차 엔트로피 오차 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="114" />
            <source>cross-entropy (y2)</source>
            <translation>교차 엔트로피 오차 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="122" />
            <source>same</source>
            <translation>같음</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="125" />
            <source>same float, printed with more digits</source>
            <translation>같은 부동소수점 수 (자릿수를 더 많이 출력)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="128" />
            <source>core gives %1 from the rounded inputs the source printed</source>
            <translation>출처가 출력한 반올림된 입력으로 core는 %1을 냅니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="131" />
            <source>differs: core gives</source>
            <translation>다름: core 결과는</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="138" />
            <source>Printed in the source:</source>
            <translation>출처의 출력:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="105" />
            <source>Sum of squared errors</source>
            <translation>오차제곱합</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="106" />
            <source>Equation 4.1: uses all ten classes (the book calls it mean_squared_error)</source>
            <translation>식 4.1: 10개 클래스를 모두 사용합니다 (책에서는 mean_squared_error)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="109" />
            <location filename="../../app/panels/loss/numbers_view.py" line="116" />
            <source>y:</source>
            <translation>y:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="111" />
            <location filename="../../app/panels/loss/numbers_view.py" line="118" />
            <source>y2:</source>
            <translation>y2:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="112" />
            <source>Cross-entropy</source>
            <translation>교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="113" />
            <source>Equation 4.2: only the correct class counts; δ guards against log(0)</source>
            <translation>식 4.2: 정답 클래스만 계산에 들어갑니다. δ는 log(0)을 막습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="120" />
            <source>core.cross_entropy_error(y, t, delta=0): inf when y_t = 0</source>
            <translation>core.cross_entropy_error(y, t, delta=0): y_t = 0이면 inf</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="121" />
            <source>without δ:</source>
            <translation>δ 없이:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="73" />
            <source>Gradients → backprop</source>
            <translation>기울기 → 오차역전파법</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="75" />
            <source>Batch</source>
            <translation>배치</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="76" />
            <source>Edit one output y and the correct label t; see both losses</source>
            <translation>출력 y와 정답 레이블 t를 편집하고 두 손실 보기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="77" />
            <source>The gradient of each loss with respect to y, and y − t for softmax</source>
            <translation>각 손실의 y에 대한 기울기, 그리고 소프트맥스 함수의 y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="78" />
            <source>Several rows of y and labels: the batch cross-entropy</source>
            <translation>여러 행의 y와 레이블: 배치의 교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="187" />
            <source>Output y (bars)</source>
            <translation>출력 y (막대)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="188" />
            <source>Loss against y_t</source>
            <translation>y_t에 따른 손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="189" />
            <source>Contribution of each class</source>
            <translation>클래스별 기여</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="190" />
            <source>Loss values</source>
            <translation>손실 값</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="191" />
            <source>Gradients</source>
            <translation>기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="193" />
            <source>Batch cross-entropy per row</source>
            <translation>행별 배치 교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="194" />
            <source>Batch table</source>
            <translation>배치 표</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="195" />
            <source>Batch results</source>
            <translation>배치 결과</translation>
        </message>
    </context>
    <context>
        <name>LossPresets</name>
        <message>
            <source>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</source>
            <translation type="vanished">/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</translation>
        </message>
        <message>
            <source>/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94, batch cross-entropy)</source>
            <translation type="vanished">/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94, 배치 교차 엔트로피 오차)</translation>
        </message>
        <message>
            <source>/work/shared/seeds/002_3f5329c71e06aa88.txt</source>
            <translation type="vanished">/work/shared/seeds/002_3f5329c71e06aa88.txt</translation>
        </message>
        <message>
            <source>/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</source>
            <translation type="vanished">/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</translation>
        </message>
        <message>
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</source>
            <translation type="vanished">/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</translation>
        </message>
        <message>
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</source>
            <translation type="vanished">/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="6" />
            <source>Book 4.2.1–4.2.2: y (“2” is most likely)</source>
            <translation>책 4.2.1–4.2.2: y (“2”일 확률이 가장 높음)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="7" />
            <source>Deep Learning from Scratch, sections 4.2.1 and 4.2.2 (equations 4.1, 4.2)</source>
            <translation>『밑바닥부터 시작하는 딥러닝』 4.2.1절과 4.2.2절 (식 4.1, 4.2)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="12" />
            <source>The book's two outputs for the label 2: y puts 0.6 on the correct class, y2 puts 0.6 on class 7. Both losses are smaller for y, so y is the better output.</source>
            <translation>레이블 2에 대한 책의 두 출력: y는 정답 클래스에 0.6을, y2는 클래스 7에 0.6을 줍니다. 두 손실 모두 y 쪽이 작으므로 y가 더 나은 출력입니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="16" />
            <source>Book 4.2.1–4.2.2: y2 (“7” is most likely)</source>
            <translation>책 4.2.1–4.2.2: y2 (“7”일 확률이 가장 높음)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="17" />
            <source>Deep Learning from Scratch, sections 4.2.1 and 4.2.2 (the second example)</source>
            <translation>『밑바닥부터 시작하는 딥러닝』 4.2.1절과 4.2.2절 (두 번째 예)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="22" />
            <source>The wrong guess: the network is 60% sure of 7 while the answer is 2. Cross-entropy only looks at the correct class: -log(0.1 + 1e-7).</source>
            <translation>틀린 추측: 정답은 2인데 신경망은 60% 확률로 7이라고 봅니다. 교차 엔트로피 오차는 정답 클래스만 봅니다: -log(0.1 + 1e-7).</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="26" />
            <source>Note 000 (Japanese): hand calculation of the squared error</source>
            <translation>노트 000 (일본어): 오차제곱합 손 계산</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="27" />
            <source>Learner's note 000, in Japanese: “『ゼロから作るDeep Learning』4章 メモ” (Qiita, hidenori-t)</source>
            <translation>학습자 노트 000(일본어): “『ゼロから作るDeep Learning』4章 メモ”(Qiita, hidenori-t)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="32" />
            <source>The note (“「2」を正解とする教師データ”) printed 0.097500000000000031: older NumPy printed 17 significant digits. It is the same float as today's repr 0.09750000000000003; the hand calculation ½·0.195 = 0.0975 differs only by binary rounding.</source>
            <translation>노트(“「2」を正解とする教師データ”)는 0.097500000000000031을 출력했습니다: 예전 NumPy는 유효숫자 17자리를 출력했기 때문입니다. 오늘날 repr의 0.09750000000000003과 같은 부동소수점 수이며, 손 계산 ½·0.195 = 0.0975와는 이진 반올림만큼만 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="36" />
            <source>Note 001 (Japanese): cross-entropy divided by 10 by mistake</source>
            <translation>노트 001 (일본어): 교차 엔트로피 오차를 실수로 10으로 나눔</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="37" />
            <source>Learner's note 001, in Japanese: “『ゼロから作るDeepLearning』メモ” (p. 94, batch cross-entropy)</source>
            <translation>학습자 노트 001(일본어): “『ゼロから作るDeepLearning』メモ”(p. 94, 배치용 교차 엔트로피 오차)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="43" />
            <source>The author reshaped y to one row and then wrote “-np.sum(rnt * np.log(rny + 1e-7)) / 10”, dividing by the 10 classes instead of the batch size 1, and printed 0.0510825457099338. The correct value is 0.510825457099338 (batch size 1). Also, this y sums to 1.1 (0.1 on class 6), so it is not a probability vector; cross-entropy is still computed.</source>
            <translation>작성자는 y를 한 행으로 reshape한 뒤 “-np.sum(rnt * np.log(rny + 1e-7)) / 10”이라고 써서 배치 크기 1이 아니라 클래스 수 10으로 나누었고, 0.0510825457099338을 출력했습니다. 올바른 값은 0.510825457099338입니다 (배치 크기 1). 또 이 y는 합이 1.1이므로(클래스 6에 0.1) 확률 벡터가 아니지만, 교차 엔트로피 오차는 그대로 계산합니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="47" />
            <source>Note 002 (Korean): y2 = 0.6 on class 6 and 0.3 on class 7</source>
            <translation>노트 002 (한국어): y2가 클래스 6에 0.6, 클래스 7에 0.3</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="48" />
            <source>Learner's note 002, in Korean: the sum of squared errors and cross-entropy in NumPy (SSE)</source>
            <translation>학습자 노트 002(한국어): NumPy로 구현한 오차제곱합과 교차 엔트로피 오차(SSE)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="53" />
            <source>The note calls both “softmax함수의 출력” (softmax outputs), but its y2 sums to 1.3, so it cannot come from softmax. Squared error sees the extra mass (0.6425 vs the book's 0.5975); cross-entropy gives the same 2.302584092994546 because it only reads y2[2] = 0.1.</source>
            <translation>이 노트는 두 출력을 모두 “softmax함수의 출력”이라고 부르지만, y2는 합이 1.3이므로 소프트맥스 함수에서 나올 수 없습니다. 오차제곱합에는 남는 확률이 드러나지만(0.6425, 책은 0.5975), 교차 엔트로피 오차는 y2[2] = 0.1만 읽으므로 똑같이 2.302584092994546입니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="57" />
            <source>Note 003 (Chinese): the book's y</source>
            <translation>노트 003 (중국어): 책의 y</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="58" />
            <source>Learner's note 003, in Chinese: “均方误差的实现” (cnblogs, suqinghang)</source>
            <translation>학습자 노트 003(중국어): “均方误差的实现”(cnblogs, suqinghang)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="63" />
            <source>The note calls the function 均方误差 (“mean squared error”) like the book, but it is a half sum of squares, not a mean.</source>
            <translation>이 노트는 책처럼 이 함수를 均方误差(“평균 제곱 오차”)라고 부르지만, 실제로는 평균이 아니라 제곱합의 절반입니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="68" />
            <source>Note 003 (Chinese): simpleNet, a 2×3 W and its gradient dW</source>
            <translation>노트 003(중국어): simpleNet, 2×3 W와 그 기울기 dW</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="69" />
            <source>Learner's note 003, in Chinese: “损失函数关于权重参数的梯度” (cnblogs, suqinghang; book section 4.4.2)</source>
            <translation>학습자 노트 003(중국어): “损失函数关于权重参数的梯度”(cnblogs, suqinghang, 책 4.4.2절)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="75" />
            <source>The book's simpleNet: scores p = x·W for x = (0.6, 0.9), y = softmax(p) (classes 0–2; 3–9 are 0), t = 2. The note printed W with only 8 decimals, so the loss from the printed W, 1.99269899927…, differs from its printed 1.992699002936635 in the 9th digit: the random W it used had more digits. dW (numerical_gradient) is on the Gradients tab; it matches the printed dW to its 8 decimals.</source>
            <translation>책의 simpleNet: x = (0.6, 0.9)에 대한 점수 p = x·W, y = softmax(p)(클래스 0~2, 3~9는 0), t = 2. 노트는 W를 소수점 아래 8자리까지만 출력했으므로, 출력된 W로 구한 손실 1.99269899927…은 출력된 1.992699002936635와 9번째 자리에서 다릅니다. 노트가 쓴 무작위 W는 자릿수가 더 많았습니다. dW(numerical_gradient)는 기울기 탭에 있으며, 출력된 dW와 소수점 아래 8자리까지 일치합니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="79" />
            <source>Note 004 (Japanese): squared error, samples 1 and 2</source>
            <translation>노트 004 (일본어): 오차제곱합, 샘플 1과 2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="80" />
            <source>Learner's note 004, in Japanese: swim-lover's MNIST series, part 10 (二乗和誤差)</source>
            <translation>학습자 노트 004(일본어): swim-lover의 MNIST 시리즈 제10회(二乗和誤差, 오차제곱합)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="85" />
            <source>Sample 1 puts 0.6 on the correct “2”; sample 2 puts 0.5 on “9” (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). Neither sums to 1 (1.07 and 1.13).</source>
            <translation>샘플 1은 정답 “2”에 0.6을, 샘플 2는 “9”에 0.5를 줍니다 (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). 둘 다 합이 1이 아닙니다 (1.07과 1.13).</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="89" />
            <source>Note 004 (Japanese): cross-entropy, 0.99 vs 0.2 on the correct class</source>
            <translation>노트 004 (일본어): 교차 엔트로피 오차, 정답 클래스에 0.99 대 0.2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="90" />
            <source>Learner's note 004, in Japanese: swim-lover's MNIST series, part 10 (交差エントロピー誤差)</source>
            <translation>학습자 노트 004(일본어): swim-lover의 MNIST 시리즈 제10회(交差エントロピー誤差, 교차 엔트로피 오차)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="95" />
            <source>0.99 on the correct class gives a loss near 0, 0.2 gives 1.6094374124342252 ≈ -log 0.2. The first y sums to 1.46: it is not a probability vector, but cross-entropy only reads y[2].</source>
            <translation>정답 클래스가 0.99이면 손실은 0에 가깝고, 0.2이면 1.6094374124342252 ≈ -log 0.2입니다. 첫 번째 y는 합이 1.46이라 확률 벡터가 아니지만, 교차 엔트로피 오차는 y[2]만 읽습니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="99" />
            <source>Why δ = 1e-7: the correct class has probability 0</source>
            <translation>δ = 1e-7인 이유: 정답 클래스의 확률이 0</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="100" />
            <source>Deep Learning from Scratch, section 4.2.2: delta = 1e-7 guards log(0)</source>
            <translation>『밑바닥부터 시작하는 딥러닝』 4.2.2절: delta = 1e-7이 log(0)을 막음</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="105" />
            <source>The book's y with the label 3, whose probability is 0.0: log(0) = -inf, so without δ the loss is inf. With δ = 1e-7 it is -log(1e-7) = 16.11809565095832, large but finite, so training can go on.</source>
            <translation>책의 y에 레이블 3을 준 경우로, 그 확률은 0.0입니다: log(0) = -inf이므로 δ가 없으면 손실은 inf입니다. δ = 1e-7이면 -log(1e-7) = 16.11809565095832로, 크지만 유한하므로 학습을 계속할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Choose a panel (Ctrl+1, Ctrl+2, Ctrl+3)</source>
            <translation type="vanished">패널 선택 (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
        </message>
        <message>
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, MNIST training</source>
            <translation type="vanished">Ctrl+1, Ctrl+2, Ctrl+3	손실 함수, 경사 하강법, MNIST 학습</translation>
        </message>
        <message>
            <source>F1	This list</source>
            <translation type="vanished">F1	이 목록</translation>
        </message>
        <message>
            <source>Choose a panel (Ctrl+1 to Ctrl+5, in the book's chapter order)</source>
            <translation type="vanished">패널 선택(Ctrl+1~Ctrl+5, 책의 장 순서)</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+5	Forward pass, Loss functions, Gradient descent, MNIST training, Convolution</source>
            <translation type="vanished">Ctrl+1 … Ctrl+5	순전파, 손실 함수, 경사 하강법, MNIST 학습, 합성곱</translation>
        </message>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNIST 학습</translation>
        </message>
        <message>
            <source>Train a small network on MNIST and watch loss and accuracy (chapters 4 to 6)</source>
            <translation type="vanished">작은 신경망을 MNIST로 학습시키고 손실과 정확도 보기 (4~6장)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="102" />
            <source>Ready</source>
            <translation>준비됨</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="183" />
            <source>This panel failed to switch presentation mode</source>
            <translation>이 패널에서 프레젠테이션 모드를 전환하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="253" />
            <source>A panel failed to switch presentation mode</source>
            <translation>어떤 패널에서 프레젠테이션 모드를 전환하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="258" />
            <source>Presentation mode on (F5 to leave)</source>
            <translation>프레젠테이션 모드 켜짐 (F5로 종료)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="258" />
            <source>Presentation mode off</source>
            <translation>프레젠테이션 모드 꺼짐</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="278" />
            <source>A panel failed to switch theme</source>
            <translation>어떤 패널에서 테마를 전환하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="297" />
            <source>Keyboard shortcuts</source>
            <translation>키보드 단축키</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="306" />
            <source>About dlfs-studio</source>
            <translation>dlfs-studio 정보</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="307" />
            <source>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;A desktop lab for learning how neural networks learn, after &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Saito, 2016).&lt;/p&gt;&lt;p&gt;Loss functions, gradient descent and MNIST training, computed by a small NumPy engine you can read.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;신경망이 학습하는 원리를 직접 살펴보는 데스크톱 실험실입니다. &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt;(사이토 고키, 2016)을 따릅니다.&lt;/p&gt;&lt;p&gt;손실 함수, 경사 하강법, MNIST 학습을 읽기 쉬운 작은 NumPy 엔진으로 계산합니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="322" />
            <source>Switching the language rebuilds the panels and discards it.</source>
            <translation>언어를 바꾸면 패널을 다시 만들므로 사라집니다.</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="324" />
            <source>The language was not changed.</source>
            <translation>언어를 바꾸지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="331" />
            <source>Language: %1</source>
            <translation>언어: %1</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="376" />
            <source>Closing dlfs-studio discards it.</source>
            <translation>dlfs-studio를 종료하면 사라집니다.</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="396" />
            <source>Not closed: the training is kept.</source>
            <translation>종료하지 않았습니다. 학습 내용은 유지됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="46" />
            <location filename="../../app/window_export.py" line="57" />
            <source>Saved %1</source>
            <translation>%1 저장됨</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="70" />
            <location filename="../../app/window_export.py" line="80" />
            <source>This panel has nothing to export yet.</source>
            <translation>이 패널에는 아직 내보낼 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="76" />
            <source>No export target named %1</source>
            <translation>이름이 %1인 내보내기 대상이 없습니다</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="85" />
            <source>Which one?</source>
            <translation>어느 것을 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="105" />
            <source>Export image</source>
            <translation>이미지 내보내기</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="109" />
            <source>PNG image (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="109" />
            <source>SVG vector image (*.svg)</source>
            <translation>SVG 벡터 이미지 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="120" />
            <source>Export data</source>
            <translation>데이터 내보내기</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="125" />
            <source>CSV table (*.csv)</source>
            <translation>CSV 표 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="139" />
            <location filename="../../app/window_export.py" line="152" />
            <source>Export failed</source>
            <translation>내보내기 실패</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="153" />
            <source>Could not save %1:
%2</source>
            <translation>%1을(를) 저장할 수 없습니다:
%2</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="91" />
            <source>dlfs-studio</source>
            <translation>dlfs-studio</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="92" />
            <source>Choose a panel (Ctrl+1 to Ctrl+%1)</source>
            <translation>패널 선택(Ctrl+1~Ctrl+%1)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="98" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="99" />
            <source>Export &amp;image…</source>
            <translation>이미지 내보내기(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="100" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="101" />
            <source>Save a plot of the current panel as PNG or SVG</source>
            <translation>현재 패널의 그래프를 PNG 또는 SVG로 저장</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="103" />
            <source>Export &amp;data…</source>
            <translation>데이터 내보내기(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="104" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="105" />
            <source>Save the data behind a plot of the current panel as CSV</source>
            <translation>현재 패널 그래프의 데이터를 CSV로 저장</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="107" />
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="108" />
            <source>Close dlfs-studio</source>
            <translation>dlfs-studio 종료</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="109" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="110" />
            <source>&amp;Presentation mode</source>
            <translation>프레젠테이션 모드(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="111" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="113" />
            <source>Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)</source>
            <translation>프로젝터용 큰 글꼴과 굵은 선. 보조 컨트롤은 숨깁니다 (F5 또는 Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="114" />
            <source>&amp;Full screen</source>
            <translation>전체 화면(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="115" />
            <source>Use the whole screen (F11)</source>
            <translation>화면 전체 사용 (F11)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="116" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="117" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="118" />
            <source>&amp;Panels explained</source>
            <translation>패널 설명(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="120" />
            <source>What each panel shows, with the book's section numbers, and the lecturer keys (F1)</source>
            <translation>각 패널이 보여 주는 내용과 책의 절 번호, 강의용 키 (F1)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="121" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>키보드 단축키(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="122" />
            <source>List the keyboard shortcuts</source>
            <translation>키보드 단축키 목록</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="123" />
            <source>&amp;About dlfs-studio</source>
            <translation>dlfs-studio 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="124" />
            <source>About this application</source>
            <translation>이 애플리케이션 정보</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="135" />
            <source>F5 or Ctrl+P	Presentation mode on/off</source>
            <translation>F5 또는 Ctrl+P	프레젠테이션 모드 켜기/끄기</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="136" />
            <source>F11	Full screen on/off</source>
            <translation>F11	전체 화면 켜기/끄기</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="138" />
            <source>Ctrl+E	Export image (PNG, SVG)</source>
            <translation>Ctrl+E	이미지 내보내기 (PNG, SVG)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="139" />
            <source>Ctrl+Shift+E	Export data (CSV)</source>
            <translation>Ctrl+Shift+E	데이터 내보내기 (CSV)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="140" />
            <source>F1	Panels explained, lecturer keys</source>
            <translation>F1	패널 설명, 강의용 키</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="141" />
            <source>Shift+F1	This list</source>
            <translation>Shift+F1	이 목록</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="142" />
            <source>Ctrl+Q	Quit</source>
            <translation>Ctrl+Q	종료</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="40" />
            <source>Forward pass</source>
            <extracomment>(key, untranslated title, module, class). Titles are translated at display time.</extracomment>
            <translation>순전파</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="42" />
            <source>Loss functions</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="43" />
            <source>Gradient descent</source>
            <translation>경사 하강법</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="45" />
            <source>Backpropagation</source>
            <translation>오차역전파법</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="47" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="49" />
            <source>Chapter 6</source>
            <translation>6장</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="50" />
            <source>Convolution</source>
            <translation>합성곱</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="56" />
            <source>Activations, the three-layer network, softmax overflow, a trained forward pass (chapter 3)</source>
            <extracomment>Short descriptions shown as tooltips on the panel tabs.</extracomment>
            <translation>활성화 함수, 3층 신경망, 소프트맥스 오버플로, 학습된 신경망의 순전파(3장)</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="58" />
            <source>Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)</source>
            <translation>10개 클래스 출력으로 오차제곱합과 교차 엔트로피 오차를 살펴보기 (책 4.2절)</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="60" />
            <source>Watch gradient descent and the optimizers of chapter 6 walk down a loss surface</source>
            <translation>경사 하강법과 6장의 최적화 기법이 손실 곡면을 내려가는 모습 보기</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="62" />
            <source>Step through backpropagation on computational graphs, a network and the gradient check (chapter 5)</source>
            <translation>계산 그래프, 신경망, 기울기 확인으로 오차역전파법을 한 단계씩 따라갑니다(5장)</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="64" />
            <source>Train on MNIST or Fashion-MNIST; keep, compare, rewind and fork runs (chapters 4-7)</source>
            <translation>MNIST나 Fashion-MNIST로 학습하고, 실행을 남겨 비교하고 되감고 분기하기 (4~7장)</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="66" />
            <source>Chapter 6's comparisons as races: same initial weights, same mini-batches (figures 6-9 to 6-24)</source>
            <translation>6장의 비교를 경주로: 같은 가중치 초깃값, 같은 미니배치(그림 6-9~6-24)</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="68" />
            <source>im2col made visible; filters and feature maps inside a trained SimpleConvNet (chapter 7)</source>
            <translation>im2col을 눈으로 보기, 학습된 SimpleConvNet의 필터와 특징 맵(7장)</translation>
        </message>
    </context>
    <context>
        <name>NetworkSource</name>
        <message>
            <location filename="../../app/panels/model_source.py" line="165" />
            <source>The training view's network cannot be shown here: %1</source>
            <translation>학습 화면의 신경망은 여기서 보여 줄 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="168" />
            <source>from the training view: %1</source>
            <translation>학습 화면에서: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="183" />
            <source>%1 cannot be shown here: %2</source>
            <translation>%1은(는) 여기서 보여 줄 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="185" />
            <source>loaded from %1</source>
            <translation>%1에서 불러옴</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="197" />
            <source>Network: %1</source>
            <translation>신경망: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="209" />
            <source>Load the dataset first.</source>
            <translation>먼저 데이터셋을 불러오세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="225" />
            <source>Training %1…</source>
            <translation>%1 학습 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="250" />
            <source>Training stopped; the network was not kept.</source>
            <translation>학습을 멈췄습니다. 신경망은 남기지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="254" />
            <source>, test accuracy %1</source>
            <translation>, 시험 데이터 정확도 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="255" />
            <source>%1 trained just now (%2 iterations%3)</source>
            <translation>%1 방금 학습함(반복 %2회%3)</translation>
        </message>
    </context>
    <context>
        <name>NetworkSourceBar</name>
        <message>
            <location filename="../../app/panels/model_source.py" line="275" />
            <source>Use the training view's network</source>
            <translation>학습 화면의 신경망 사용</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="276" />
            <source>Show the network the MNIST training view holds now</source>
            <translation>MNIST 학습 화면에 있는 신경망을 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="278" />
            <source>Load model…</source>
            <translation>모델 불러오기…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="279" />
            <source>Open a model saved by the training view or by dlfs train --save (.npz)</source>
            <translation>학습 화면이나 dlfs train --save로 저장한 모델(.npz)을 엽니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="282" />
            <source>Train a network in the background now (progress below; Cancel stops)</source>
            <translation>지금 백그라운드에서 신경망을 학습합니다(진행률은 아래, 취소로 중지)</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="284" />
            <source>Choose data folder…</source>
            <translation>데이터 폴더 선택…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="285" />
            <source>The folder holding MNIST's four files (or mnist/ and fashion-mnist/)</source>
            <translation>MNIST 파일 4개(또는 mnist/와 fashion-mnist/)가 있는 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="312" />
            <source>The training view holds no network yet: train one there, load a model, or train one now here.</source>
            <translation>학습 화면에 아직 신경망이 없습니다: 거기서 학습하거나, 모델을 불러오거나, 여기서 지금 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="316" />
            <source>Load model</source>
            <translation>모델 불러오기</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="317" />
            <source>dlfs-studio model (*.npz)</source>
            <translation>dlfs-studio 모델 (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="330" />
            <source>Loading MNIST first…</source>
            <translation>먼저 MNIST를 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="345" />
            <source>MNIST was not found. Choose the folder holding its four files, set DLFS_DATA, run “dlfs data --fetch mnist”, or download it from the MNIST training view's dataset dialog.</source>
            <translation>MNIST를 찾지 못했습니다. 파일 4개가 있는 폴더를 고르거나, DLFS_DATA를 설정하거나, “dlfs data --fetch mnist”를 실행하거나, MNIST 학습 화면의 데이터셋 대화 상자에서 내려받으세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="352" />
            <source>Folder holding MNIST</source>
            <translation>MNIST가 있는 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="359" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="48" />
            <source>The book's three-layer network (section 3.4): a = x W + b, z = h(a), layer by layer. Edit any input, weight or bias below.</source>
            <extracomment>Diagram columns: x (2), layer 1 (3), layer 2 (2), output (2).</extracomment>
            <translation>책의 3층 신경망(3.4절): 층마다 a = x W + b, z = h(a). 아래에서 입력, 가중치, 편향을 편집할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="52" />
            <source>h:</source>
            <translation>h:</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="54" />
            <source>sigmoid function</source>
            <translation>시그모이드 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="55" />
            <source>ReLU function</source>
            <translation>ReLU 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="56" />
            <source>step function</source>
            <translation>계단 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="57" />
            <source>The activation function h of the hidden layers</source>
            <translation>은닉층의 활성화 함수 h</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="59" />
            <source>σ:</source>
            <translation>σ:</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="61" />
            <source>identity function</source>
            <translation>항등 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="62" />
            <source>softmax function</source>
            <translation>소프트맥스 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="63" />
            <source>The output function σ (the book uses the identity here)</source>
            <translation>출력층 함수 σ(책은 여기서 항등 함수를 씀)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="65" />
            <source>Book values</source>
            <translation>책의 값</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="66" />
            <source>Restore the book's x, weights and biases</source>
            <translation>책의 x, 가중치, 편향으로 되돌립니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="71" />
            <source>Forward pass of the three-layer network</source>
            <translation>3층 신경망의 순전파</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="72" />
            <source>Lines are the weights: thicker for a larger |w|, blue positive, red negative. Next to each neuron: its a and z.</source>
            <translation>선은 가중치: |w|가 클수록 굵고, 양수는 파랑, 음수는 빨강. 각 뉴런 옆에 a와 z.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="103" />
            <source>The output as the book prints it (print(y), 8 digits)</source>
            <translation>책이 출력하는 그대로의 출력(print(y), 8자리)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="113" />
            <source>%1: double-click a number to edit it</source>
            <translation>%1: 숫자를 더블 클릭하여 편집</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="159" />
            <source>“%1” is not a finite number; %2 keeps its value.</source>
            <translation>“%1”은(는) 유한한 수가 아닙니다. %2은(는) 값을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="219" />
            <source>y = %1   (book: [0.31682708 0.69627909])</source>
            <translation>y = %1   (책: [0.31682708 0.69627909])</translation>
        </message>
    </context>
    <context>
        <name>NumDiffView</name>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="62" />
            <source>f(x) = 0.01·x² + 0.1·x   (the book's function_1)</source>
            <extracomment>Errors of exactly 0 cannot be drawn on a log axis; they are drawn at this floor instead.</extracomment>
            <translation>f(x) = 0.01·x² + 0.1·x   (책의 function_1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="64" />
            <source>The example function of section 4.3.2.</source>
            <translation>4.3.2절의 예제 함수.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="68" />
            <source>The point x where the derivative is estimated; or drag the vertical line.</source>
            <translation>미분을 추정할 점 x. 세로선을 끌어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="71" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="73" />
            <source>The step h of the difference, from 1e-1 down to 1e-50.</source>
            <translation>차분의 간격 h (1e-1부터 1e-50까지).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="75" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="83" />
            <source>The exact derivative 0.02·x + 0.1.</source>
            <translation>정확한 도함수 0.02·x + 0.1.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="84" />
            <source>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, in full.</source>
            <translation>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, 전체 정밀도.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="85" />
            <source>core.gradient.forward_diff: (f(x+h) − f(x)) / h, in full.</source>
            <translation>core.gradient.forward_diff: (f(x+h) − f(x)) / h, 전체 정밀도.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="86" />
            <source>true f′(x)</source>
            <translation>참값 f′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="87" />
            <source>central</source>
            <translation>중심 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="88" />
            <source>forward</source>
            <translation>전방 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="95" />
            <source>The book's tangents use h = 1e-4 (numerical_diff's default).</source>
            <translation>책의 접선은 h = 1e-4를 씁니다 (numerical_diff의 기본값).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="98" />
            <source>The book's tangents (h = 1e-4):
x = 5:  slope {0}
x = 10: slope {1}</source>
            <translation>책의 접선 (h = 1e-4):
x = 5:  기울기 {0}
x = 10: 기울기 {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="108" />
            <source>f(x) with its tangent lines; drag the vertical line to move x.</source>
            <translation>f(x)와 접선. 세로선을 끌어 x를 옮깁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="113" />
            <source>f(x) and tangents</source>
            <translation>f(x)와 접선</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="120" />
            <source>tangent at x = {0:g}</source>
            <translation>x = {0:g}에서의 접선</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="122" />
            <source>tangent at x (current h)</source>
            <translation>x에서의 접선 (현재 h)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="124" />
            <source>Drag to move x.</source>
            <translation>끌어서 x 이동.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="133" />
            <source>Error of the estimates against h, both axes logarithmic; the dots mark the current h.</source>
            <translation>h에 따른 추정값의 오차 (두 축 모두 로그 눈금). 점은 현재 h입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="138" />
            <source>|estimate − true|</source>
            <translation>|추정값 − 참값|</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="139" />
            <source>Error against h</source>
            <translation>h에 따른 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="152" />
            <source>forward difference</source>
            <translation>전방 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="153" />
            <source>central difference</source>
            <translation>중심 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="160" />
            <source>book's h = 1e-4 →</source>
            <translation>책의 h = 1e-4 →</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="167" />
            <source>x + h == x to the left</source>
            <translation>왼쪽은 x + h == x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="268" />
            <source>x + h == x in float64: h = {0} is lost when added to x = {1} (rounding), so f(x+h) − f(x−h) = 0 and the estimate is {2}. Too small an h fails.</source>
            <translation>float64에서 x + h == x: h = {0}을(를) x = {1}에 더하면 반올림으로 사라지므로 f(x+h) − f(x−h) = 0이 되고 추정값은 {2}입니다. h가 너무 작으면 실패합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="273" />
            <source>h is large: the forward difference is off by about 0.01·h (truncation error); the central difference cancels it for this quadratic.</source>
            <translation>h가 큽니다: 전방 차분은 약 0.01·h만큼 어긋납니다 (절단 오차). 이 2차 함수에서는 중심 차분이 그 오차를 상쇄합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="277" />
            <source>Rounding noise: f(x+h) and f(x−h) agree in most of their digits, so their difference has few correct digits left.</source>
            <translation>반올림 잡음: f(x+h)와 f(x−h)는 대부분의 자릿수가 같으므로, 그 차이에는 올바른 자릿수가 거의 남지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="281" />
            <source>Good: around h = 1e-4 (the book's choice) truncation and rounding errors are both small.</source>
            <translation>좋습니다: h = 1e-4(책의 선택) 근처에서는 절단 오차와 반올림 오차가 모두 작습니다.</translation>
        </message>
    </context>
    <context>
        <name>PanelDialogs</name>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="43" />
            <source>Folder holding the four IDX files</source>
            <translation>IDX 파일 4개가 있는 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="50" />
            <location filename="../../app/panels/training/dialogs.py" line="63" />
            <source>Loading %1 clears the results of this network.</source>
            <translation>%1을(를) 불러오면 이 신경망의 결과가 지워집니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="58" />
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation>mnist/와 fashion-mnist/가 있는 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="75" />
            <source>The dataset could not be loaded: %1</source>
            <translation>데이터셋을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="77" />
            <source>The dataset could not be loaded: %1: %2</source>
            <translation>데이터셋을 불러올 수 없습니다: %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="95" />
            <source>Save model</source>
            <translation>모델 저장</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="96" />
            <location filename="../../app/panels/training/dialogs.py" line="114" />
            <source>NumPy model (*.npz)</source>
            <translation>NumPy 모델 (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="107" />
            <source>Could not save the model: %1</source>
            <translation>모델을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="109" />
            <source>Saved the model to %1.</source>
            <translation>모델을 %1에 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="113" />
            <source>Load model</source>
            <translation>모델 불러오기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="124" />
            <location filename="../../app/panels/training/dialogs.py" line="131" />
            <source>Could not load the model: %1</source>
            <translation>모델을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="139" />
            <source>Model %1 loaded.</source>
            <translation>모델 %1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="141" />
            <source>Loaded %1; Start trains it further.</source>
            <translation>%1을(를) 불러왔습니다. ‘시작’을 누르면 계속 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="173" />
            <source>Deleting it discards it.</source>
            <translation>삭제하면 사라집니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="179" />
            <source>Folder to save the runs in</source>
            <translation>실행을 저장할 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="184" />
            <source>Session folder to open</source>
            <translation>열 세션 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="196" />
            <source>A training run on %1 is going on (iteration %2 of %3); its network is not saved.</source>
            <translation>%1 학습이 진행 중입니다 (반복 %2 / %3). 그 신경망은 저장되지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="216" />
            <source>Unsaved network</source>
            <translation>저장하지 않은 신경망</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="217" />
            <source>Save the network first?</source>
            <translation>먼저 신경망을 저장할까요?</translation>
        </message>
    </context>
    <context>
        <name>PanelLoadError</name>
        <message>
            <location filename="../../app/window_panels.py" line="81" />
            <source>The panel “%1” could not be loaded:</source>
            <translation>패널 “%1”을(를) 불러올 수 없습니다:</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="62" />
            <source>Reset: go back to the start point (step 0).</source>
            <translation>초기화: 시작점(스텝 0)으로 돌아갑니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="64" />
            <source>Step back: return exactly to the previous step.</source>
            <translation>한 스텝 뒤로: 이전 스텝으로 정확히 돌아갑니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="65" />
            <location filename="../../app/panels/descent/playback.py" line="156" />
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="66" />
            <source>Play or pause the animation.</source>
            <translation>애니메이션 재생 또는 일시 정지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="68" />
            <source>Single step forward: take one optimizer update.</source>
            <translation>한 스텝 앞으로: 매개변수를 한 번 갱신합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="74" />
            <source>Speed (steps/s)</source>
            <translation>속도 (스텝/초)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="77" />
            <source>Animation speed in steps per second.</source>
            <translation>애니메이션 속도 (초당 스텝 수).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="153" />
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
    </context>
    <context>
        <name>RaceController</name>
        <message>
            <location filename="../../app/panels/races/controller.py" line="45" />
            <source>plain</source>
            <translation>정규화 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="46" />
            <source>weight decay {0}</source>
            <translation>가중치 감소 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="47" />
            <source>dropout {0}</source>
            <translation>드롭아웃 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="48" />
            <source>BatchNorm (w {0})</source>
            <translation>배치 정규화 있음(w {0})</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="49" />
            <source>no BatchNorm (w {0})</source>
            <translation>배치 정규화 없음(w {0})</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="50" />
            <source>trial {0}</source>
            <translation>시행 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="51" />
            <source>learning rate {0}</source>
            <translation>학습률 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="52" />
            <source>batch size {0}</source>
            <translation>배치 크기 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="53" />
            <source>hidden sizes {0}</source>
            <translation>은닉층 크기 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="54" />
            <source>weight init {0}</source>
            <translation>가중치 초깃값 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="55" />
            <source>optimizer {0}</source>
            <translation>최적화 기법 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="56" />
            <source>with BatchNorm</source>
            <translation>배치 정규화 있음</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="57" />
            <source>without BatchNorm</source>
            <translation>배치 정규화 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="328" />
            <source>All racers start from the same initial weights and see the same mini-batches in the same order.</source>
            <translation>모든 주자가 같은 가중치 초깃값에서 출발하여 같은 미니배치를 같은 순서로 봅니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="332" />
            <source>All racers see the same mini-batches in the same order.</source>
            <translation>모든 주자가 같은 미니배치를 같은 순서로 봅니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="336" />
            <source>The init schemes differ: the racers share the same random draws, scaled differently, so they cannot share initial weights.</source>
            <translation>초깃값 방식이 다릅니다: 주자들은 같은 난수를 다른 배율로 쓰므로 가중치 초깃값을 공유할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="339" />
            <source>The networks have different shapes, so they cannot share initial weights.</source>
            <translation>신경망의 모양이 달라서 가중치 초깃값을 공유할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="341" />
            <source>The batch sizes differ, so the mini-batches differ too.</source>
            <translation>배치 크기가 달라서 미니배치도 다릅니다.</translation>
        </message>
    </context>
    <context>
        <name>RaceView</name>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="51" />
            <source>Leaderboard</source>
            <translation>순위표</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>optimizer</source>
            <translation>최적화 기법</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>lr</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <location filename="../../app/panels/descent/race_board.py" line="55" />
            <source>steps</source>
            <translation>스텝</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>f now</source>
            <translation>현재 f</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="56" />
            <source>Steps until f(x) ≤ ε for the first time.</source>
            <translation>처음으로 f(x) ≤ ε가 될 때까지의 스텝 수.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="65" />
            <source>Who reaches f ≤ ε first (fewest steps); the rest ordered by their current f. Hover a number for full precision.</source>
            <translation>f ≤ ε에 먼저(더 적은 스텝으로) 도달한 순서이고, 나머지는 현재 f 순입니다. 숫자에 마우스를 올리면 전체 정밀도로 보입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="81" />
            <source>diverged</source>
            <translation>발산</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="83" />
            <source>not yet</source>
            <translation>아직</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="83" />
            <source>not reached</source>
            <translation>도달 못 함</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="103" />
            <source>ε = {0}; a racer finishes at the first step with f(x) ≤ ε (core.descent.steps_to_reach).</source>
            <translation>ε = {0}. f(x) ≤ ε가 되는 첫 스텝에서 도착합니다 (core.descent.steps_to_reach).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="112" />
            <source>Book figure 6-8</source>
            <extracomment>The book's figure 6-8: surface, start, steps and learning rates (optimizer_compare_naive.py). The four panels of the book's figure, in its order.</extracomment>
            <translation>책의 그림 6-8</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="113" />
            <source>Chapter 6's comparison: x²/20 + y² from (-7, 2), 30 steps, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.</source>
            <translation>6장의 비교: x²/20 + y², 시작점 (-7, 2), 30스텝, SGD 0.95, 모멘텀 0.1, AdaGrad 1.5, Adam 0.3.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="131" />
            <source>Include {0} in the race.</source>
            <translation>{0}을(를) 경주에 포함합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="134" />
            <source>Learning rate of {0}, used exactly as typed.</source>
            <translation>{0}의 학습률. 입력한 값 그대로 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="142" />
            <source>Optimizer and learning rate</source>
            <translation>최적화 기법과 학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="143" />
            <source>Each optimizer's learning rate; other hyperparameters keep the book's defaults.</source>
            <translation>최적화 기법별 학습률. 다른 하이퍼파라미터는 책의 기본값을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="148" />
            <source>Number of updates for every optimizer.</source>
            <translation>모든 최적화 기법의 갱신 횟수.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="150" />
            <source>Steps</source>
            <translation>스텝 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="152" />
            <source>analytic (like chapter 6)</source>
            <translation>해석적 (6장과 같음)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="153" />
            <source>numerical (h = 1e-4)</source>
            <translation>수치 미분 (h = 1e-4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="154" />
            <source>Which gradient drives the updates; chapter 6 uses the formula.</source>
            <translation>갱신에 사용할 기울기. 6장은 수식을 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="156" />
            <source>Gradient</source>
            <translation>기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="160" />
            <source>Start x0 for every optimizer; or click the plot.</source>
            <translation>모든 최적화 기법의 시작점 x0. 그래프를 클릭해도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="163" />
            <source>Start x1 for every optimizer; or click the plot.</source>
            <translation>모든 최적화 기법의 시작점 x1. 그래프를 클릭해도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="167" />
            <source>Start</source>
            <translation>시작점</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="170" />
            <source>The finish line: a racer finishes when f(x) ≤ ε.</source>
            <translation>결승선: f(x) ≤ ε가 되면 도착합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="172" />
            <source>ε (finish)</source>
            <translation>ε (결승선)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="178" />
            <source>One plot</source>
            <translation>그래프 하나</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="179" />
            <source>All racers on one plot.</source>
            <translation>모든 참가자를 그래프 하나에 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="180" />
            <source>2×2 like the book</source>
            <translation>책처럼 2×2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="181" />
            <source>Four small plots like figure 6-8: SGD, Momentum, AdaGrad, Adam.</source>
            <translation>그림 6-8처럼 작은 그래프 4개: SGD, 모멘텀, AdaGrad, Adam.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="199" />
            <source>The race's current step.</source>
            <translation>경주의 현재 스텝.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="201" />
            <source>Click to set the common start point.</source>
            <translation>클릭해 공통 시작점을 정합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="223" />
            <source>Figure 6-8: each optimizer's path on x²/20 + y².</source>
            <translation>그림 6-8: x²/20 + y² 위에서 각 최적화 기법의 경로.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="411" />
            <source>{0} (not in the race)</source>
            <translation>{0} (불참)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="425" />
            <source>Tick at least one optimizer to start a race.</source>
            <translation>경주를 시작하려면 최적화 기법을 하나 이상 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="427" />
            <source>step {0} of {1}   ·   start {2}   ·   {3}</source>
            <translation>스텝 {0} / {1}   ·   시작점 {2}   ·   {3}</translation>
        </message>
    </context>
    <context>
        <name>RacesPanel</name>
        <message>
            <location filename="../../app/panels/races/panel.py" line="90" />
            <source>Curves</source>
            <extracomment>preset key -&gt; (button text, options for core.races.preset) What a custom race starts from: the book's 5-layer ReLU net, SGD lr 0.01, batch 100, 1000 iterations.</extracomment>
            <translation>곡선</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="91" />
            <location filename="../../app/panels/races/panel.py" line="326" />
            <source>Figure 6-19 grid</source>
            <translation>그림 6-19 격자</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="92" />
            <location filename="../../app/panels/races/panel.py" line="327" />
            <source>Search scatter</source>
            <translation>탐색 산점도</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="93" />
            <source>Activations</source>
            <translation>활성화값</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="101" />
            <source>Pick one of the book's races, or build your own, and press its button.</source>
            <translation>책의 경주를 하나 고르거나 직접 경주를 만들고 그 버튼을 누르세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="111" />
            <source>The book's races</source>
            <translation>책의 경주</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="113" />
            <source>Optimizers (figure 6-9)</source>
            <translation>최적화 기법(그림 6-9)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="113" />
            <source>Weight init (figure 6-14)</source>
            <translation>가중치 초깃값(그림 6-14)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="114" />
            <source>BatchNorm at one scale (figure 6-18)</source>
            <translation>한 배율에서 배치 정규화(그림 6-18)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="115" />
            <source>BatchNorm, 16 scales (figure 6-19)</source>
            <translation>배치 정규화, 16개 배율(그림 6-19)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="116" />
            <source>Overfitting on 300 images (6-20 to 6-23)</source>
            <translation>300장에서의 오버피팅(6-20~6-23)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="117" />
            <source>Random search (figure 6-24)</source>
            <translation>무작위 탐색(그림 6-24)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="126" />
            <source>Weight scale for 6-18:</source>
            <translation>6-18의 가중치 배율:</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="138" />
            <source>Your own race</source>
            <translation>나만의 경주</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>optimizer</source>
            <translation>최적화 기법</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>weight init</source>
            <translation>가중치 초깃값</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="142" />
            <source>BatchNorm</source>
            <translation>배치 정규화</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="142" />
            <source>weight decay</source>
            <translation>가중치 감소</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="143" />
            <source>dropout</source>
            <translation>드롭아웃</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="143" />
            <source>batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="144" />
            <source>hidden sizes</source>
            <translation>은닉층 크기</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="155" />
            <source>Start this race</source>
            <translation>이 경주 시작</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="157" />
            <source>Vary</source>
            <translation>바꿀 설정</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="158" />
            <source>Values</source>
            <translation>값</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="159" />
            <source>Iterations</source>
            <translation>반복 횟수</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="163" />
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="167" />
            <source>Repeat the race over several seeds: each variant is drawn as its mean with a min-max band</source>
            <translation>경주를 여러 시드로 반복합니다: 각 설정은 평균과 최소~최대 띠로 그려집니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="169" />
            <source>Seeds</source>
            <translation>시드 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="171" />
            <location filename="../../app/panels/races/panel.py" line="273" />
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="173" />
            <source>Step</source>
            <translation>한 단계</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="175" />
            <source>Stop</source>
            <translation>정지</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="180" />
            <source>Save as session…</source>
            <translation>세션으로 저장…</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="181" />
            <source>Keep every racer as a run in a session folder (the training view and dlfs replay open it)</source>
            <translation>모든 주자를 실행 기록으로 세션 폴더에 저장합니다(학습 화면과 dlfs replay로 열 수 있습니다)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="199" />
            <source>784-100x4-10 ReLU net (He init), batch 128, 2000 iterations, each optimizer with the book's learning rate. Watch SGD's loss fall slowest; AdaGrad and Adam drop fastest at first.</source>
            <translation>784-100x4-10 ReLU 신경망(He 초깃값), 배치 128, 2000회, 각 기법은 책의 학습률. SGD의 손실이 가장 느리게 줄고 AdaGrad와 Adam이 처음에 가장 빨리 주는 것을 보세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="202" />
            <source>784-100x4-10 ReLU net, SGD lr 0.01, batch 128. With std 0.01 the signals vanish and the loss stays at 2.3; He learns fastest. See the activations tab.</source>
            <translation>784-100x4-10 ReLU 신경망, SGD lr 0.01, 배치 128. 표준편차 0.01이면 신호가 사라져 손실이 2.3에 머물고, He가 가장 빨리 학습합니다. 활성화값 탭도 보세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="204" />
            <source>784-100x5-10 ReLU net on 1000 images, SGD lr 0.01, 20 epochs: training accuracy with and without BatchNorm at one weight scale.</source>
            <translation>1000장으로 784-100x5-10 ReLU 신경망, SGD lr 0.01, 20에폭: 한 가중치 배율에서 배치 정규화 있음과 없음의 훈련 정확도.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="206" />
            <source>The same at 16 weight scales from 1 to 0.0001. With BatchNorm the net learns at almost every scale; without, it fails when the scale is too large or too small.</source>
            <translation>같은 것을 1부터 0.0001까지 16개 가중치 배율로. 배치 정규화가 있으면 거의 모든 배율에서 학습되고, 없으면 배율이 너무 크거나 작을 때 실패합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="208" />
            <source>784-100x6-10 ReLU net on 300 images. Plain: training accuracy reaches 100% while test accuracy stalls; weight decay 0.1 and dropout 0.2 narrow the gap (dropout runs 301 epochs, as in the book).</source>
            <translation>300장으로 784-100x6-10 ReLU 신경망. 정규화 없이는 훈련 정확도가 100%에 이르지만 시험 정확도는 멈추고, 가중치 감소 0.1과 드롭아웃 0.2가 차이를 줄입니다(책처럼 드롭아웃은 301에폭). 오버피팅을 보세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="211" />
            <source>100 trials of lr = 10^U(-6,-2) and weight decay = 10^U(-8,-4), 50 epochs on 400 images, validation accuracy on 100 others. Good trials cluster at lr 1e-3 to 1e-2; the test set is never touched.</source>
            <translation>lr = 10^U(-6,-2), 가중치 감소 = 10^U(-8,-4)의 100회 시행, 400장으로 50에폭, 다른 100장으로 검증 정확도. 좋은 시행은 lr 1e-3~1e-2에 모입니다. 시험 데이터는 전혀 건드리지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="219" />
            <source>SGD, Momentum, AdaGrad, Adam</source>
            <translation>SGD, 모멘텀, AdaGrad, Adam</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="220" />
            <source>Weight init: std 0.01, Xavier, He</source>
            <translation>가중치 초깃값: 표준편차 0.01, Xavier, He</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="221" />
            <source>BatchNorm against none</source>
            <translation>배치 정규화 있음과 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="222" />
            <source>BatchNorm against none over 16 weight scales</source>
            <translation>16개 가중치 배율에서 배치 정규화 있음과 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="223" />
            <source>Overfitting on 300 images</source>
            <translation>300장에서의 오버피팅</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="224" />
            <source>Random search over learning rate and weight decay</source>
            <translation>학습률과 가중치 감소의 무작위 탐색</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="226" />
            <source>{0} (figure {1})</source>
            <translation>{0}(그림 {1})</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="229" />
            <source>Your race: {0}</source>
            <translation>나만의 경주: {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="233" />
            <source>Starting a new race discards it.</source>
            <translation>새 경주를 시작하면 버려집니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="273" />
            <source>Resume</source>
            <translation>재개</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="285" />
            <source>Could not save the session: %1</source>
            <translation>세션을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="288" />
            <source>Saved to %1</source>
            <translation>%1에 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="292" />
            <source>Save the race as a session folder</source>
            <translation>경주를 세션 폴더로 저장</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="297" />
            <source>Chapter 6 races</source>
            <translation>6장 경주</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="324" />
            <source>Race curves</source>
            <translation>경주 곡선</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="325" />
            <source>Race final figures</source>
            <translation>경주 최종 결과</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="342" />
            <source>Unsaved race</source>
            <translation>저장하지 않은 경주</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="343" />
            <source>The race's runs are not saved.</source>
            <translation>경주의 실행 기록이 저장되지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="343" />
            <source>Save them first?</source>
            <translation>먼저 저장할까요?</translation>
        </message>
    </context>
    <context>
        <name>RunButtons</name>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <source>Train a new run with these settings; the runs before it are kept (a selected loaded model is trained further)  [Space]</source>
            <translation>이 설정으로 새 실행을 학습합니다. 이전 실행은 남습니다 (선택한 불러온 모델은 이어서 학습)  [Space]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <location filename="../../app/panels/training/buttons.py" line="79" />
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <source>Pause or resume training  [Space]</source>
            <translation>학습 일시 정지 또는 재개  [Space]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Step</source>
            <translation>한 스텝</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Train exactly one mini-batch, then pause  [→]</source>
            <translation>미니배치 하나만 학습하고 일시 정지  [→]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="31" />
            <source>Stop</source>
            <translation>정지</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="31" />
            <source>End the run; the network keeps what it learned</source>
            <translation>학습을 끝냅니다. 신경망은 학습한 내용을 유지합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="32" />
            <source>Reset</source>
            <translation>초기화</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="32" />
            <source>Get ready for a new run: the weights of the seed are shown; the runs so far stay in the list  [Home]</source>
            <translation>새 실행을 준비합니다. 시드에 따른 가중치를 보여 주고, 지금까지의 실행은 목록에 남습니다  [Home]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="34" />
            <source>Save the network shown as .npz (once it has been trained or loaded)</source>
            <translation>표시된 신경망을 .npz로 저장합니다 (학습하거나 불러온 뒤에만)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="35" />
            <source>Save model…</source>
            <translation>모델 저장…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="36" />
            <source>Load model…</source>
            <translation>모델 불러오기…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="36" />
            <source>Load a network saved as .npz (as a run of its own)</source>
            <translation>.npz로 저장한 신경망을 불러옵니다 (별도의 실행으로)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start fork</source>
            <translation>분기 시작</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="79" />
            <source>Resume</source>
            <translation>재개</translation>
        </message>
    </context>
    <context>
        <name>RunsList</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>run</source>
            <extracomment>Runs the list shows without scrolling (at 1280x720 in normal mode).</extracomment>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>iteration</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="51" />
            <source>train acc</source>
            <translation>훈련 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="51" />
            <source>test acc</source>
            <translation>시험 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="52" />
            <source>Every run is kept until you delete it: tick to overlay its curves, click to inspect it, double-click its name to rename it</source>
            <translation>모든 실행은 삭제할 때까지 남습니다. 체크하면 곡선을 겹쳐 보이고, 클릭하면 살펴보고, 이름을 더블클릭하면 이름을 바꿉니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="65" />
            <source>Delete run</source>
            <translation>실행 삭제</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="66" />
            <source>Forget the selected run (asks first when it is not saved)</source>
            <translation>선택한 실행을 삭제합니다 (저장하지 않았으면 먼저 묻습니다)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="68" />
            <source>Save runs…</source>
            <translation>실행 저장…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="69" />
            <source>Save the runs (settings, curves, checkpoints) as a session folder</source>
            <translation>실행(설정, 곡선, 체크포인트)을 세션 폴더로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="71" />
            <source>Open runs…</source>
            <translation>실행 열기…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="72" />
            <source>Open a session folder saved by the app or by dlfs train --session</source>
            <translation>이 앱이나 dlfs train --session으로 저장한 세션 폴더를 엽니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="129" />
            <source>Tick to show this run's curves</source>
            <translation>체크하면 이 실행의 곡선을 표시합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>ready</source>
            <translation>준비됨</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>running</source>
            <translation>학습 중</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>paused</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>diverged</source>
            <translation>발산</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="150" />
            <source>loaded</source>
            <translation>불러옴</translation>
        </message>
    </context>
    <context>
        <name>ScatterView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="235" />
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="236" />
            <source>weight decay</source>
            <translation>가중치 감소</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="244" />
            <source>Best trials (validation accuracy)</source>
            <translation>최고의 시행(검증 정확도)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="264" />
            <source>colour: validation accuracy (dark 0, yellow 1)</source>
            <translation>색: 검증 정확도(어두움 0, 노랑 1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="284" />
            <source>{0}: val acc {1:.3f} | lr {2:.2e}, weight decay {3:.2e}</source>
            <translation>{0}: 검증 {1:.3f} | lr {2:.2e}, 가중치 감소 {3:.2e}</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <location filename="../../app/panels/training/form.py" line="67" />
            <source>Why the settings cannot be used yet</source>
            <translation>설정을 아직 사용할 수 없는 이유</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="80" />
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="86" />
            <source>Folder of IDX files…</source>
            <translation>IDX 파일 폴더…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="87" />
            <source>The dataset to train on: MNIST digits, Fashion-MNIST clothes, or any folder holding the four IDX files</source>
            <translation>학습할 데이터셋: MNIST 숫자, Fashion-MNIST 의류, 또는 IDX 파일 4개가 있는 아무 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="91" />
            <source>Data folder…</source>
            <translation>데이터 폴더…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="92" />
            <source>The folder holding mnist/ and fashion-mnist/ (remembered; the DLFS_DATA variable also sets it)</source>
            <translation>mnist/와 fashion-mnist/가 있는 폴더 (기억됩니다. DLFS_DATA 환경 변수로도 설정 가능)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="97" />
            <source>No dataset loaded</source>
            <translation>불러온 데이터셋 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="99" />
            <source>Which dataset is loaded and where it came from</source>
            <translation>불러온 데이터셋과 그 출처</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="103" />
            <source>The first training images with their labels</source>
            <translation>처음 몇 장의 훈련 이미지와 레이블</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="136" />
            <source>Network</source>
            <translation>신경망</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="143" />
            <source>A network of the book with its hyperparameters; change any of them below</source>
            <translation>책의 신경망과 하이퍼파라미터. 아래에서 무엇이든 바꿀 수 있습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="147" />
            <source>Preset</source>
            <translation>프리셋</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="149" />
            <source>Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers</source>
            <translation>은닉층 크기 (예: 50, 여러 층이면 100, 100, 100)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="150" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Hidden sizes</source>
            <translation>은닉층 크기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="153" />
            <source>Activation function of the hidden layers (chapter 3)</source>
            <translation>은닉층의 활성화 함수 (3장)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="155" />
            <source>Activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="159" />
            <source>Initial weight scale: a standard deviation such as 0.01, or He (for ReLU) / Xavier (for sigmoid), section 6.2</source>
            <translation>가중치 초깃값의 크기: 0.01 같은 표준편차, 또는 He 초깃값(ReLU용) / Xavier 초깃값(시그모이드용), 6.2절</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="162" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Weight init</source>
            <translation>가중치 초깃값</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="163" />
            <source>Batch normalization</source>
            <translation>배치 정규화</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="164" />
            <source>Insert BatchNorm before each activation (section 6.3; chapter 6 preset only)</source>
            <translation>각 활성화 함수 앞에 배치 정규화 계층을 넣습니다 (6.3절, 6장 프리셋 전용)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="168" />
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation>훈련 때 드롭아웃으로 삭제하는 은닉층 뉴런의 비율, 0~0.99 (6.4.3절, 6장 프리셋 전용)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="170" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Dropout</source>
            <translation>드롭아웃</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="171" />
            <source>Weight decay λ: adds 0.5·λ·ΣW² to the loss (section 6.4.2; chapter 6 preset only)</source>
            <translation>가중치 감소 λ: 손실에 0.5·λ·ΣW²를 더합니다 (6.4.2절, 6장 프리셋 전용)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="173" />
            <location filename="../../app/panels/training/form.py" line="292" />
            <source>Weight decay λ</source>
            <translation>가중치 감소 λ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="177" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="181" />
            <source>Update rule (chapter 6); can be changed while training</source>
            <translation>갱신 규칙 (6장). 학습 중에도 바꿀 수 있습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="184" />
            <location filename="../../app/panels/training/form.py" line="293" />
            <source>Optimizer</source>
            <translation>최적화 기법</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="185" />
            <source>The optimizer's own settings as name=value pairs, e.g. momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the book's values shown in grey</source>
            <translation>최적화 기법 고유의 설정을 name=value 쌍으로 입력합니다. 예: momentum=0.9 (모멘텀, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam). 비워 두면 회색으로 표시된 책의 값을 씁니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="189" />
            <location filename="../../app/panels/training/form.py" line="294" />
            <source>Optimizer settings</source>
            <translation>최적화 기법 설정</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="191" />
            <source>Learning rate; press Enter to change it while training</source>
            <translation>학습률. 학습 중에도 Enter로 바꿀 수 있습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="193" />
            <location filename="../../app/panels/training/form.py" line="292" />
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="194" />
            <source>Images per mini-batch</source>
            <translation>미니배치당 이미지 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="195" />
            <location filename="../../app/panels/training/form.py" line="293" />
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="197" />
            <source>book (random batches, iterations)</source>
            <translation>책대로 (무작위 배치, 반복 횟수)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="198" />
            <source>epochs (shuffled passes)</source>
            <translation>에폭 (섞어서 한 바퀴)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="199" />
            <source>Book: mini-batches drawn at random with replacement for a number of iterations, as train_neuralnet.py; epochs: each epoch visits every training image once</source>
            <translation>책대로: train_neuralnet.py처럼 정해진 반복 횟수만큼 미니배치를 무작위로 복원 추출합니다. 에폭: 에폭마다 모든 훈련 이미지를 한 번씩 사용합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="203" />
            <source>Mode</source>
            <translation>모드</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="204" />
            <source>Number of mini-batches (book mode)</source>
            <translation>미니배치 수 (책 모드)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="205" />
            <source>Iterations</source>
            <translation>반복 횟수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="206" />
            <source>Number of passes over the training set (epochs mode)</source>
            <translation>훈련 데이터를 몇 번 도는지 (에폭 모드)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="207" />
            <source>Epochs</source>
            <translation>에폭 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="208" />
            <source>Random seed of the initial weights and the mini-batches: the same seed replays the same run exactly</source>
            <translation>가중치 초깃값과 미니배치의 난수 시드: 시드가 같으면 같은 학습을 정확히 재현합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="210" />
            <source>Seed</source>
            <translation>난수 시드</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="211" />
            <source>Train on the first N images only (0 = all); useful for the slow convolutional network</source>
            <translation>처음 N장만으로 학습합니다 (0 = 전체). 느린 합성곱 신경망에 유용합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="213" />
            <location filename="../../app/panels/training/form.py" line="216" />
            <source>all</source>
            <translation>전체</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="214" />
            <source>Training images</source>
            <translation>훈련 이미지</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="215" />
            <source>Evaluate on the first N test images only (0 = all)</source>
            <translation>처음 N장의 시험 이미지로만 평가합니다 (0 = 전체)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="217" />
            <source>Test images</source>
            <translation>시험 이미지</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="279" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
    </context>
    <context>
        <name>SoftmaxView</name>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="42" />
            <source>Logits a:</source>
            <translation>입력 a:</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="44" />
            <source>2 to 10 logits separated by commas; press Enter. Or drag the handles in the left plot.</source>
            <translation>값 2~10개를 쉼표로 구분해 입력하고 Enter. 왼쪽 그래프의 핸들을 드래그해도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="47" />
            <source>Examples…</source>
            <translation>예…</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="48" />
            <source>Overflow: (1010, 1000, 990)</source>
            <translation>오버플로: (1010, 1000, 990)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="49" />
            <source>Section 3.5.1: (0.3, 2.9, 4.0)</source>
            <translation>3.5.1절: (0.3, 2.9, 4.0)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="50" />
            <source>The book's two examples</source>
            <translation>책의 두 가지 예</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="56" />
            <source>Logits a (drag)</source>
            <translation>입력 a(드래그)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="62" />
            <source>Naive: exp(a) / Σ exp(a)</source>
            <translation>단순 구현: exp(a) / Σ exp(a)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="66" />
            <source>Stable: exp(a − max a) / Σ exp(a − max a)</source>
            <translation>개선판: exp(a − max a) / Σ exp(a − max a)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="109" />
            <source>Give 2 to 10 logits.</source>
            <translation>값을 2~10개 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="112" />
            <source>Keep the logits between -1e6 and 1e6.</source>
            <translation>값은 -1e6에서 1e6 사이로 하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="129" />
            <source>Drag up or down to change this logit</source>
            <translation>위아래로 드래그하여 이 값을 바꿉니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="172" />
            <source>nan: exp overflowed</source>
            <translation>nan: exp 오버플로</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="192" />
            <source>sum = %1</source>
            <translation>합 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="194" />
            <source>Naive (section 3.5.1)</source>
            <translation>단순 구현(3.5.1절)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="197" />
            <source>exp(a) is larger than the biggest float (about 1.8e308, exp(709.78)): inf / inf = nan.</source>
            <translation>exp(a)가 부동소수점 수의 최댓값(약 1.8e308 = exp(709.78))보다 큼: inf / inf = nan.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="200" />
            <source>Max subtracted (section 3.5.2)</source>
            <translation>최댓값 빼기(3.5.2절)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="205" />
            <source>Why subtracting is allowed: for any constant C, y_k = C exp(a_k) / Σ C exp(a_i) = exp(a_k + log C) / Σ exp(a_i + log C), because exp(log C) = C. Choose log C = C′ = −max a. Check with C = %1: exp(log C) = %2.</source>
            <translation>빼도 되는 이유: 임의의 상수 C에 대해 y_k = C exp(a_k) / Σ C exp(a_i) = exp(a_k + log C) / Σ exp(a_i + log C). exp(log C) = C이기 때문입니다. log C = C′ = −max a로 고릅니다. C = %1로 확인: exp(log C) = %2.</translation>
        </message>
    </context>
    <context>
        <name>StatusStrip</name>
        <message>
            <location filename="../../app/panels/training/status.py" line="39" />
            <source>Load a dataset to begin.</source>
            <extracomment>Least seconds between two live status lines while a run trains (each line relayouts and repaints the strip, and every millisecond the GUI thread spends is one the training thread waits for the GIL).</extracomment>
            <translation>데이터셋을 불러와 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="40" />
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation>반복, 에폭, 학습 속도, 경과 시간과 남은 시간</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="49" />
            <source>Share of the run done (its mini-batches, then its last evaluation)</source>
            <translation>이 실행의 진행률 (미니배치, 그다음 마지막 평가)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="53" />
            <source>What happened last (errors, divergence, results)</source>
            <translation>마지막으로 일어난 일 (오류, 발산, 결과)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="93" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation>반복 %1 / %2 · 에폭 %3 · %4장/초 · 남은 시간 %5</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="98" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation>반복 %1 / %2 · 에폭 %3 · %4장/초 · 경과 %5 · 남은 시간 %6 · 학습률 %7</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="113" />
            <source>Iteration %1 / %1 · evaluating the final network on the training and test images…</source>
            <translation>반복 %1 / %1 · 최종 신경망을 훈련·시험 이미지로 평가 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="121" />
            <source>evaluating %p% · about %1 left</source>
            <translation>평가 중 %p% · 약 %1 남음</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="122" />
            <source>evaluating…</source>
            <translation>평가 중…</translation>
        </message>
    </context>
    <context>
        <name>StepLedger</name>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="160" />
            <source>Every step: point, value, numerical and exact gradient, step and optimizer state; hover a cell for full precision, Ctrl+C copies it exactly.</source>
            <translation>모든 스텝: 점, 함숫값, 수치·정확한 기울기, 스텝, 최적화 기법 상태. 셀에 마우스를 올리면 전체 정밀도로 보이고, Ctrl+C로 정확히 복사합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>Copy with full precision</source>
            <translation>전체 정밀도로 복사</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="167" />
            <source>Columns</source>
            <translation>열</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="236" />
            <source>Show all columns</source>
            <translation>모든 열 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="237" />
            <source>Fit column widths</source>
            <translation>열 너비 맞추기</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="61" />
            <source>∂f/∂x0 numerical</source>
            <extracomment>Column names as shown (translated); CSV headers stay in BASE's stable English form.</extracomment>
            <translation>∂f/∂x0 수치</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="62" />
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 해석적</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="63" />
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 수치</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="64" />
            <source>∂f/∂x1 analytic</source>
            <translation>∂f/∂x1 해석적</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="65" />
            <source>step x0</source>
            <translation>스텝 x0</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="66" />
            <source>step x1</source>
            <translation>스텝 x1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="159" />
            <source>Right-click the column titles to choose the columns.</source>
            <translation>열 제목을 오른쪽 클릭해 표시할 열을 고릅니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="164" />
            <source>Step number k (0 is the start point).</source>
            <translation>스텝 번호 k (0은 시작점).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="165" />
            <source>First coordinate of the point x_k.</source>
            <translation>점 x_k의 첫 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="165" />
            <source>Second coordinate of the point x_k.</source>
            <translation>점 x_k의 두 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="166" />
            <source>Function value f(x_k).</source>
            <translation>함숫값 f(x_k).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="167" />
            <source>Central-difference estimate of ∂f/∂x0 at x_k (core.gradient.numerical_gradient).</source>
            <translation>x_k에서 ∂f/∂x0의 중심 차분 추정값 (core.gradient.numerical_gradient).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="168" />
            <source>Exact ∂f/∂x0 at x_k from the surface's formula.</source>
            <translation>곡면의 수식으로 구한 x_k에서의 정확한 ∂f/∂x0.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="169" />
            <source>Central-difference estimate of ∂f/∂x1 at x_k.</source>
            <translation>x_k에서 ∂f/∂x1의 중심 차분 추정값.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="170" />
            <source>Exact ∂f/∂x1 at x_k from the surface's formula.</source>
            <translation>곡면의 수식으로 구한 x_k에서의 정확한 ∂f/∂x1.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="171" />
            <source>Step taken from x_k to x_(k+1), first coordinate.</source>
            <translation>x_k에서 x_(k+1)로 이동한 스텝, 첫 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="172" />
            <source>Step taken from x_k to x_(k+1), second coordinate.</source>
            <translation>x_k에서 x_(k+1)로 이동한 스텝, 두 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="175" />
            <source>Optimizer state (velocity v, squared-gradient sum h, Adam's m and v) before this update.</source>
            <translation>이 갱신 전의 최적화 기법 상태 (속도 v, 기울기 제곱합 h, Adam의 m과 v).</translation>
        </message>
    </context>
    <context>
        <name>SurfacePicker</name>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="52" />
            <source>custom: type f(x0, x1)…</source>
            <extracomment>Display names of the optimizers (keys are core's).</extracomment>
            <translation>사용자 정의: f(x0, x1) 입력…</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="55" />
            <source>Choose the function to descend, or 'custom' to type your own.</source>
            <translation>내려갈 함수를 고르거나, '사용자 정의'를 골라 직접 입력합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="60" />
            <source>e.g. x0**2 + 3*sin(x1)</source>
            <translation>예: x0**2 + 3*sin(x1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="61" />
            <source>Type a function of x0 and x1 and press Enter; it is parsed safely by core (never evaluated as Python).</source>
            <translation>x0과 x1의 함수를 입력하고 Enter를 누르세요. core가 안전하게 해석합니다 (Python으로 실행하지 않음).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="63" />
            <source>Use</source>
            <translation>사용</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="64" />
            <source>Draw and descend the typed function.</source>
            <translation>입력한 함수를 그리고 내려갑니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="137" />
            <source> at character {0}</source>
            <translation> ({0}번째 문자)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="138" />
            <source>Not used{0}: {1}. The previous surface stays drawn.</source>
            <translation>사용하지 않음{0}: {1}. 이전 곡면이 그대로 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>Surfaces</name>
        <message>
            <location filename="../../core/surfaces.py" line="129" />
            <source>The book's function_2 (section 4.4): a round bowl with its minimum at the origin.</source>
            <translation>책의 function_2 (4.4절): 원점에 최솟값이 있는 둥근 그릇 모양.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="132" />
            <source>Chapter 6's elongated bowl f(x, y) = x**2/20 + y**2: steep in y, flat in x, where plain SGD zig-zags.</source>
            <translation>6장의 길쭉한 그릇 모양 f(x, y) = x**2/20 + y**2: y 방향은 가파르고 x 방향은 완만해서 기본 SGD가 지그재그로 움직입니다.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="136" />
            <source>Rosenbrock's banana valley: easy to reach the valley, slow to follow it to (1, 1).</source>
            <translation>Rosenbrock의 바나나 모양 골짜기: 골짜기에 닿기는 쉽지만, 골짜기를 따라 (1, 1)까지 가는 데는 오래 걸립니다.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="140" />
            <source>Himmelblau's function: four equal minima; where you end up depends on the start.</source>
            <translation>Himmelblau 함수: 똑같은 최솟값이 네 개 있어, 어디에 도착할지는 시작점에 따라 달라집니다.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="143" />
            <source>A saddle point at the origin: the gradient vanishes there but it is no minimum; the surface has no minimum at all (it falls without bound along x1).</source>
            <translation>원점에 안장점이 있습니다: 그곳에서 기울기가 0이 되지만 최솟값은 아닙니다. 이 곡면에는 최솟값이 아예 없습니다 (x1 방향으로 한없이 내려갑니다).</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="148" />
            <source>Beale's function: flat plateaus and sharp ridges, minimum at (3, 0.5).</source>
            <translation>Beale 함수: 평평한 고원과 날카로운 능선, 최솟값은 (3, 0.5).</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="197" />
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="198" />
            <source>Drag back through the run: the weights, histograms, errors and the drawing pad show the network at that checkpoint</source>
            <translation>끌어서 실행을 되짚어 봅니다. 가중치, 히스토그램, 오답, 그리기 패드가 그 체크포인트의 신경망을 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="211" />
            <source>The checkpoint shown</source>
            <translation>표시 중인 체크포인트</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="213" />
            <source>Fork from here…</source>
            <translation>여기서 분기…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="214" />
            <source>Start a new run from this checkpoint with some settings changed; it shares this run's history up to here</source>
            <translation>이 체크포인트에서 설정을 일부 바꿔 새 실행을 시작합니다. 여기까지의 기록은 이 실행과 공유합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="249" />
            <source>no checkpoint yet</source>
            <translation>체크포인트 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="251" />
            <source>Iteration %1 / %2</source>
            <translation>반복 %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>TrainedView</name>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="28" />
            <source>it does not read 28×28 images</source>
            <extracomment>Images timed one at a time and in batches of 100 by "Measure".</extracomment>
            <translation>28×28 이미지를 입력으로 받지 않습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="75" />
            <source>Train one now (TwoLayerNet, a few seconds)</source>
            <translation>지금 학습(TwoLayerNet, 몇 초)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="85" />
            <source>Each layer's output for the chosen digit, left to right</source>
            <translation>고른 숫자에 대한 각 층의 출력(왼쪽에서 오른쪽으로)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="90" />
            <source>Measure batch speed-up</source>
            <translation>배치 처리 속도 측정</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="91" />
            <source>Time 1000 test images one at a time and in batches of 100, now</source>
            <translation>시험 이미지 1000장을 한 장씩, 그리고 100장 배치로 지금 측정</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="99" />
            <source>Time for 1000 images (ms, measured)</source>
            <translation>이미지 1000장 처리 시간(ms, 실측)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="102" />
            <source>one at a time</source>
            <translation>한 장씩</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="102" />
            <source>batches of 100</source>
            <translation>100장씩 배치</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="114" />
            <source>No network yet: train one in the MNIST training view, load a model, or train one now.</source>
            <translation>아직 신경망이 없습니다: MNIST 학습 화면에서 학습하거나, 모델을 불러오거나, 지금 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="126" />
            <source>Choose a network and a digit to see its forward pass.</source>
            <translation>순전파를 보려면 신경망과 숫자를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="142" />
            <source> (label %1)</source>
            <translation> (정답 레이블 %1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="143" />
            <source>Prediction: %1 with probability %2%3</source>
            <translation>예측: %1, 확률 %2%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="201" />
            <source>The test images are needed: load MNIST first.</source>
            <translation>시험 이미지가 필요합니다: 먼저 MNIST를 불러오세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="206" />
            <source>Measuring…</source>
            <translation>측정 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="221" />
            <source>One batch: %1 in → %2 out. %3 images one at a time: %4 ms; in batches of %5: %6 ms; measured speed-up %7× on this machine now (best of 3; it varies with the load).</source>
            <translation>배치 하나: 입력 %1 → 출력 %2. %3장을 한 장씩: %4 ms, %5장씩 배치: %6 ms. 이 컴퓨터에서 지금 측정한 속도 향상 %7배(3회 중 최고, 부하에 따라 달라짐).</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="245" />
            <source>No forward pass yet: choose a network and a digit.</source>
            <translation>아직 순전파가 없습니다: 신경망과 숫자를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="248" />
            <source>Nothing measured yet: press “Measure batch speed-up”.</source>
            <translation>아직 측정하지 않았습니다: “배치 처리 속도 측정”을 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Save the current network as .npz</source>
            <translation type="vanished">현재 신경망을 .npz로 저장</translation>
        </message>
        <message>
            <source>Finished %1 iterations in %2: test accuracy %3.</source>
            <translation type="vanished">%1회 반복을 %2에 완료: 시험 정확도 %3.</translation>
        </message>
        <message>
            <source>(last evaluation, at iteration %1).</source>
            <translation type="vanished">(마지막 평가, 반복 %1).</translation>
        </message>
        <message>
            <source>Why the settings cannot be used yet</source>
            <extracomment>Seconds the panel waits for a worker to stop (closing, switching dataset, reset). Minimum seconds between two redraws of the loss curve while training (the status line and progress bar follow every update, up to ~30 per second); drawing the curves is the GUI thread's main cost. Minimum seconds between two (non-urgent) updates from the training worker: at most ~30 per second. Most points drawn for the moving average of the loss. Whether the training worker gives up the GIL after every mini-batch (see benchmarks/bench_gui_training.py). Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit). Emitted with the new state: "empty", "loading", "idle", "running", "paused", "finished", "stopped", "diverged". The latest evaluation and activation statistics received (also when their tab was never shown). The current network has been trained (or loaded), and has changed since it was last saved. Said after "Loaded …" when loading the dataset stopped a run or cleared its results. The status line while a loaded model waits to be trained further.</extracomment>
            <translation type="vanished">설정을 아직 사용할 수 없는 이유</translation>
        </message>
        <message>
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation type="vanished">반복, 에폭, 학습 속도, 경과 시간과 남은 시간</translation>
        </message>
        <message>
            <source>Share of the run's mini-batches done</source>
            <translation type="vanished">이번 학습에서 처리한 미니배치 비율</translation>
        </message>
        <message>
            <source>What happened last (errors, divergence, results)</source>
            <translation type="vanished">마지막으로 일어난 일 (오류, 발산, 결과)</translation>
        </message>
        <message>
            <source>Views of the training run</source>
            <translation type="vanished">학습 과정을 보여 주는 화면들</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation type="vanished">숫자 그리기</translation>
        </message>
        <message>
            <source>Loss per mini-batch and accuracy per epoch</source>
            <translation type="vanished">미니배치별 손실과 에폭별 정확도</translation>
        </message>
        <message>
            <source>Draw a digit and see what the current network thinks it is</source>
            <translation type="vanished">숫자를 그리고 현재 신경망이 무엇으로 판단하는지 봅니다</translation>
        </message>
        <message>
            <source>Data</source>
            <translation type="vanished">데이터</translation>
        </message>
        <message>
            <source>Folder of IDX files…</source>
            <translation type="vanished">IDX 파일 폴더…</translation>
        </message>
        <message>
            <source>The dataset to train on: MNIST digits, Fashion-MNIST clothes, or any folder holding the four IDX files</source>
            <translation type="vanished">학습할 데이터셋: MNIST 숫자, Fashion-MNIST 의류, 또는 IDX 파일 4개가 있는 아무 폴더</translation>
        </message>
        <message>
            <source>Data folder…</source>
            <translation type="vanished">데이터 폴더…</translation>
        </message>
        <message>
            <source>The folder holding mnist/ and fashion-mnist/ (remembered; the DLFS_DATA variable also sets it)</source>
            <translation type="vanished">mnist/와 fashion-mnist/가 있는 폴더 (기억됩니다. DLFS_DATA 환경 변수로도 설정 가능)</translation>
        </message>
        <message>
            <source>Which dataset is loaded and where it came from</source>
            <translation type="vanished">불러온 데이터셋과 그 출처</translation>
        </message>
        <message>
            <source>The first training images with their labels</source>
            <translation type="vanished">처음 몇 장의 훈련 이미지와 레이블</translation>
        </message>
        <message>
            <source>Network</source>
            <translation type="vanished">신경망</translation>
        </message>
        <message>
            <source>A network of the book with its hyperparameters; change any of them below</source>
            <translation type="vanished">책의 신경망과 하이퍼파라미터. 아래에서 무엇이든 바꿀 수 있습니다</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation type="vanished">프리셋</translation>
        </message>
        <message>
            <source>Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers</source>
            <translation type="vanished">은닉층 크기 (예: 50, 여러 층이면 100, 100, 100)</translation>
        </message>
        <message>
            <source>Hidden sizes</source>
            <translation type="vanished">은닉층 크기</translation>
        </message>
        <message>
            <source>Activation function of the hidden layers (chapter 3)</source>
            <translation type="vanished">은닉층의 활성화 함수 (3장)</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation type="vanished">활성화 함수</translation>
        </message>
        <message>
            <source>Initial weight scale: a standard deviation such as 0.01, or He (for ReLU) / Xavier (for sigmoid), section 6.2</source>
            <translation type="vanished">가중치 초깃값의 크기: 0.01 같은 표준편차, 또는 He 초깃값(ReLU용) / Xavier 초깃값(시그모이드용), 6.2절</translation>
        </message>
        <message>
            <source>Weight init</source>
            <translation type="vanished">가중치 초깃값</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation type="vanished">배치 정규화</translation>
        </message>
        <message>
            <source>Insert BatchNorm before each activation (section 6.3; chapter 6 preset only)</source>
            <translation type="vanished">각 활성화 함수 앞에 배치 정규화 계층을 넣습니다 (6.3절, 6장 프리셋 전용)</translation>
        </message>
        <message>
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation type="vanished">훈련 때 드롭아웃으로 삭제하는 은닉층 뉴런의 비율, 0~0.99 (6.4.3절, 6장 프리셋 전용)</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation type="vanished">드롭아웃</translation>
        </message>
        <message>
            <source>Weight decay λ: adds 0.5·λ·ΣW² to the loss (section 6.4.2; chapter 6 preset only)</source>
            <translation type="vanished">가중치 감소 λ: 손실에 0.5·λ·ΣW²를 더합니다 (6.4.2절, 6장 프리셋 전용)</translation>
        </message>
        <message>
            <source>Weight decay λ</source>
            <translation type="vanished">가중치 감소 λ</translation>
        </message>
        <message>
            <source>Update rule (chapter 6); can be changed while training</source>
            <translation type="vanished">갱신 규칙 (6장). 학습 중에도 바꿀 수 있습니다</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation type="vanished">최적화 기법</translation>
        </message>
        <message>
            <source>The optimizer's own settings as name=value pairs, e.g. momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the book's values shown in grey</source>
            <translation type="vanished">최적화 기법 고유의 설정을 name=value 쌍으로 입력합니다. 예: momentum=0.9 (모멘텀, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam). 비워 두면 회색으로 표시된 책의 값을 씁니다</translation>
        </message>
        <message>
            <source>Optimizer settings</source>
            <translation type="vanished">최적화 기법 설정</translation>
        </message>
        <message>
            <source>Learning rate; press Enter to change it while training</source>
            <translation type="vanished">학습률. 학습 중에도 Enter로 바꿀 수 있습니다</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation type="vanished">학습률</translation>
        </message>
        <message>
            <source>Images per mini-batch</source>
            <translation type="vanished">미니배치당 이미지 수</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation type="vanished">배치 크기</translation>
        </message>
        <message>
            <source>book (random batches, iterations)</source>
            <translation type="vanished">책대로 (무작위 배치, 반복 횟수)</translation>
        </message>
        <message>
            <source>epochs (shuffled passes)</source>
            <translation type="vanished">에폭 (섞어서 한 바퀴)</translation>
        </message>
        <message>
            <source>Book: mini-batches drawn at random with replacement for a number of iterations, as train_neuralnet.py; epochs: each epoch visits every training image once</source>
            <translation type="vanished">책대로: train_neuralnet.py처럼 정해진 반복 횟수만큼 미니배치를 무작위로 복원 추출합니다. 에폭: 에폭마다 모든 훈련 이미지를 한 번씩 사용합니다</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation type="vanished">모드</translation>
        </message>
        <message>
            <source>Number of mini-batches (book mode)</source>
            <translation type="vanished">미니배치 수 (책 모드)</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation type="vanished">반복 횟수</translation>
        </message>
        <message>
            <source>Number of passes over the training set (epochs mode)</source>
            <translation type="vanished">훈련 데이터를 몇 번 도는지 (에폭 모드)</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation type="vanished">에폭 수</translation>
        </message>
        <message>
            <source>Random seed of the initial weights and the mini-batches: the same seed replays the same run exactly</source>
            <translation type="vanished">가중치 초깃값과 미니배치의 난수 시드: 시드가 같으면 같은 학습을 정확히 재현합니다</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation type="vanished">난수 시드</translation>
        </message>
        <message>
            <source>Train on the first N images only (0 = all); useful for the slow convolutional network</source>
            <translation type="vanished">처음 N장만으로 학습합니다 (0 = 전체). 느린 합성곱 신경망에 유용합니다</translation>
        </message>
        <message>
            <source>all</source>
            <translation type="vanished">전체</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation type="vanished">훈련 이미지</translation>
        </message>
        <message>
            <source>Evaluate on the first N test images only (0 = all)</source>
            <translation type="vanished">처음 N장의 시험 이미지로만 평가합니다 (0 = 전체)</translation>
        </message>
        <message>
            <source>Test images</source>
            <translation type="vanished">시험 이미지</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="vanished">시작</translation>
        </message>
        <message>
            <source>Train a freshly initialised network with these settings (a loaded model is trained further)</source>
            <translation type="vanished">이 설정으로 새로 초기화한 신경망을 학습합니다 (불러온 모델은 이어서 학습)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation type="vanished">일시 정지</translation>
        </message>
        <message>
            <source>Pause or resume training</source>
            <translation type="vanished">학습 일시 정지 또는 재개</translation>
        </message>
        <message>
            <source>Step</source>
            <translation type="vanished">한 스텝</translation>
        </message>
        <message>
            <source>Train exactly one mini-batch, then pause</source>
            <translation type="vanished">미니배치 하나만 학습하고 일시 정지</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="vanished">정지</translation>
        </message>
        <message>
            <source>End the run; the network keeps what it learned</source>
            <translation type="vanished">학습을 끝냅니다. 신경망은 학습한 내용을 유지합니다</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation type="vanished">초기화</translation>
        </message>
        <message>
            <source>Stop, clear the curves and re-initialise the weights from the seed</source>
            <translation type="vanished">정지하고 곡선을 지운 뒤 시드로 가중치를 다시 초기화</translation>
        </message>
        <message>
            <source>Save the trained network as .npz (once it has been trained or loaded: an untrained network is just its seed)</source>
            <translation type="vanished">학습한 신경망을 .npz로 저장합니다 (학습하거나 불러온 뒤에만: 학습하지 않은 신경망은 시드일 뿐입니다)</translation>
        </message>
        <message>
            <source>Save model…</source>
            <translation type="vanished">모델 저장…</translation>
        </message>
        <message>
            <source>Load model…</source>
            <translation type="vanished">모델 불러오기…</translation>
        </message>
        <message>
            <source>Load a network saved as .npz</source>
            <translation type="vanished">.npz로 저장한 신경망 불러오기</translation>
        </message>
        <message>
            <source>Logarithmic loss axis</source>
            <translation type="vanished">손실 축 로그 눈금</translation>
        </message>
        <message>
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation type="vanished">손실을 로그 눈금으로 표시합니다: 후반의 느린 진전도 보입니다</translation>
        </message>
        <message>
            <source>Moving average over</source>
            <translation type="vanished">이동 평균:</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation type="vanished"> 회</translation>
        </message>
        <message>
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation type="vanished">미니배치 손실 원본 위에 그리는 이동 평균의 창 크기</translation>
        </message>
        <message>
            <source>Fit view</source>
            <translation type="vanished">전체 보기</translation>
        </message>
        <message>
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation type="vanished">축소해 모든 데이터를 표시합니다 (그래프에서 끌거나 스크롤하면 확대/축소)</translation>
        </message>
        <message>
            <source>Training loss per mini-batch</source>
            <translation type="vanished">미니배치별 훈련 손실</translation>
        </message>
        <message>
            <source>cross-entropy loss</source>
            <translation type="vanished">교차 엔트로피 오차</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation type="vanished">반복</translation>
        </message>
        <message>
            <source>mini-batch loss (raw)</source>
            <translation type="vanished">미니배치 손실 (원본)</translation>
        </message>
        <message>
            <source>moving average</source>
            <translation type="vanished">이동 평균</translation>
        </message>
        <message>
            <source>Accuracy after each epoch</source>
            <translation type="vanished">에폭별 정확도</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation type="vanished">정확도</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation type="vanished">에폭</translation>
        </message>
        <message>
            <source>train accuracy</source>
            <translation type="vanished">훈련 정확도</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation type="vanished">시험 정확도</translation>
        </message>
        <message>
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −)</source>
            <translation type="vanished">첫 번째 층의 가중치: 은닉 뉴런마다 28×28 이미지 (빨강 +, 파랑 −)</translation>
        </message>
        <message>
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation type="vanished">각 타일은 784개 픽셀에서 은닉 뉴런 하나로 가는 가중치입니다: 그 뉴런이 반응하는 패턴</translation>
        </message>
        <message>
            <source>How the hidden activations are spread over a sample of test images; dead ReLUs and saturated sigmoids stop learning (section 6.2)</source>
            <translation type="vanished">시험 이미지 표본에서 은닉층 활성화값이 어떻게 분포하는지. 죽은 ReLU와 포화된 시그모이드는 학습을 멈춥니다 (6.2절)</translation>
        </message>
        <message>
            <source>Rows: true label; columns: predicted label; the diagonal holds the correct answers (updated after each epoch)</source>
            <translation type="vanished">행: 정답 레이블, 열: 예측 레이블. 대각선이 정답입니다 (에폭마다 갱신)</translation>
        </message>
        <message>
            <source>Test images the network got wrong, most confident first</source>
            <translation type="vanished">신경망이 틀린 시험 이미지 (확신도가 높은 순)</translation>
        </message>
        <message>
            <source>Draw a digit with the left mouse button; right click clears</source>
            <translation type="vanished">마우스 왼쪽 버튼으로 숫자를 그립니다. 오른쪽 클릭으로 지웁니다</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation type="vanished">지우기</translation>
        </message>
        <message>
            <source>Erase the drawing</source>
            <translation type="vanished">그림 지우기</translation>
        </message>
        <message>
            <source>The class with the highest probability</source>
            <translation type="vanished">확률이 가장 높은 클래스</translation>
        </message>
        <message>
            <source>as the network sees it (28×28)</source>
            <translation type="vanished">신경망이 보는 모습 (28×28)</translation>
        </message>
        <message>
            <source>Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, centred by its centre of mass in 28×28</source>
            <translation type="vanished">MNIST처럼 전처리한 그림: 잘라 내고, 20×20에 맞게 크기를 조정하고, 무게중심을 기준으로 28×28의 가운데에 배치</translation>
        </message>
        <message>
            <source>Softmax probabilities of the current network for your drawing</source>
            <translation type="vanished">그림에 대한 현재 신경망의 소프트맥스 함수 출력(확률)</translation>
        </message>
        <message>
            <source>Backprop computes all the gradients in one backward pass; the numerical gradient needs two loss evaluations per parameter. Both are computed on the same mini-batch (in float64) and compared.</source>
            <translation type="vanished">오차역전파법은 역방향 한 번으로 모든 기울기를 구하고, 수치 미분은 매개변수마다 손실을 두 번 계산해야 합니다. 두 기울기를 같은 미니배치에서 (float64로) 계산해 비교합니다.</translation>
        </message>
        <message>
            <source>Images</source>
            <translation type="vanished">이미지 수</translation>
        </message>
        <message>
            <source>Training images in the mini-batch both gradients are computed on</source>
            <translation type="vanished">두 기울기를 계산할 미니배치의 훈련 이미지 수</translation>
        </message>
        <message>
            <source>Entries per parameter</source>
            <translation type="vanished">매개변수별 원소 수</translation>
        </message>
        <message>
            <source>How many randomly chosen entries of each parameter array get a numerical gradient; enlarge it to check more</source>
            <translation type="vanished">각 매개변수 배열에서 무작위로 골라 수치 미분 기울기를 구할 원소 수. 늘리면 더 많이 확인합니다</translation>
        </message>
        <message>
            <source>All parameters (slow)</source>
            <translation type="vanished">모든 매개변수 (느림)</translation>
        </message>
        <message>
            <source>The full numerical gradient: about a minute for 784-50-10</source>
            <translation type="vanished">전체 수치 미분 기울기: 784-50-10에서 약 1분</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation type="vanished">비교</translation>
        </message>
        <message>
            <source>Compute both gradients of the current network and compare them</source>
            <translation type="vanished">현재 신경망의 두 기울기를 계산해 비교합니다</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">취소</translation>
        </message>
        <message>
            <source>Stop the numerical gradient</source>
            <translation type="vanished">수치 미분 중단</translation>
        </message>
        <message>
            <source>Numerical gradient entries done</source>
            <translation type="vanished">계산을 마친 수치 미분 기울기 원소</translation>
        </message>
        <message>
            <source>Measured times of both methods</source>
            <translation type="vanished">두 방법의 측정 시간</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation type="vanished">매개변수</translation>
        </message>
        <message>
            <source>shape</source>
            <translation type="vanished">형상</translation>
        </message>
        <message>
            <source>entries checked</source>
            <translation type="vanished">확인한 원소 수</translation>
        </message>
        <message>
            <source>max |num − backprop|</source>
            <translation type="vanished">최대 |수치 − 역전파|</translation>
        </message>
        <message>
            <source>mean |num − backprop|</source>
            <translation type="vanished">평균 |수치 − 역전파|</translation>
        </message>
        <message>
            <source>Differences of the order 1e-8 or less mean backprop is right</source>
            <translation type="vanished">차이가 1e-8 정도 이하이면 오차역전파법이 올바릅니다</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation type="vanished">재개</translation>
        </message>
        <message>
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation type="vanished">mnist/와 fashion-mnist/가 있는 폴더</translation>
        </message>
        <message>
            <source>Loading %1 clears the results of this network.</source>
            <translation type="vanished">%1을(를) 불러오면 이 신경망의 결과가 지워집니다.</translation>
        </message>
        <message>
            <source>Folder holding the four IDX files</source>
            <translation type="vanished">IDX 파일 4개가 있는 폴더</translation>
        </message>
        <message>
            <source>The dataset could not be loaded: %1</source>
            <translation type="vanished">데이터셋을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <source>The dataset could not be loaded: %1: %2</source>
            <translation type="vanished">데이터셋을 불러올 수 없습니다: %1: %2</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="vanished">(없음)</translation>
        </message>
        <message>
            <source>Reset: weights re-initialised from seed %1.</source>
            <translation type="vanished">초기화: 시드 %1로 가중치를 다시 초기화했습니다.</translation>
        </message>
        <message>
            <source>Most confident mistakes on the test set (true→predicted, confidence)</source>
            <translation type="vanished">시험 데이터에서 가장 확신한 오답 (정답→예측, 확신도)</translation>
        </message>
        <message>
            <source>Training stopped: %1. Try a smaller learning rate (e.g. a tenth) and start again.</source>
            <translation type="vanished">학습이 멈췄습니다: %1. 학습률을 줄여서 (예: 10분의 1) 다시 시작하세요.</translation>
        </message>
        <message>
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation type="vanished">반복 %1 / %2 · 에폭 %3 · %4장/초 · 남은 시간 %5</translation>
        </message>
        <message>
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation type="vanished">반복 %1 / %2 · 에폭 %3 · %4장/초 · 경과 %5 · 남은 시간 %6 · 학습률 %7</translation>
        </message>
        <message>
            <source>moving average (window %1)</source>
            <translation type="vanished">이동 평균 (창 %1)</translation>
        </message>
        <message>
            <source>Most confident mistakes on the test set at iteration %1 (epoch %2): true→predicted, confidence; test accuracy %3</source>
            <translation type="vanished">반복 %1(에폭 %2)에서 시험 데이터의 가장 확신한 오답: 정답→예측, 확신도. 시험 정확도 %3</translation>
        </message>
        <message>
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)</source>
            <translation type="vanished">첫 번째 층의 가중치: 은닉 뉴런마다 28×28 이미지 (빨강 +, 파랑 −; 뉴런 %1개)</translation>
        </message>
        <message>
            <source>Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)</source>
            <translation type="vanished">첫 번째 층의 합성곱 필터 %1개, 각 %2×%3 (빨강 +, 파랑 −)</translation>
        </message>
        <message>
            <source>Fix the network settings first</source>
            <translation type="vanished">먼저 신경망 설정을 고치세요</translation>
        </message>
        <message>
            <source>It looks like %1 (%2%)</source>
            <translation type="vanished">%1처럼 보입니다 (%2%)</translation>
        </message>
        <message>
            <source>Save model</source>
            <translation type="vanished">모델 저장</translation>
        </message>
        <message>
            <source>NumPy model (*.npz)</source>
            <translation type="vanished">NumPy 모델 (*.npz)</translation>
        </message>
        <message>
            <source>Loading a model replaces it.</source>
            <translation type="vanished">모델을 불러오면 이 신경망은 대체됩니다.</translation>
        </message>
        <message>
            <source>Load model</source>
            <translation type="vanished">모델 불러오기</translation>
        </message>
        <message>
            <source>There is no valid network to save.</source>
            <translation type="vanished">저장할 수 있는 신경망이 없습니다.</translation>
        </message>
        <message>
            <source>Could not save the model: %1</source>
            <translation type="vanished">모델을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Saved the model to %1.</source>
            <translation type="vanished">모델을 %1에 저장했습니다.</translation>
        </message>
        <message>
            <source>A training run on %1 is going on (iteration %2 of %3); its network is not saved.</source>
            <translation type="vanished">%1 학습이 진행 중입니다 (반복 %2 / %3). 그 신경망은 저장되지 않았습니다.</translation>
        </message>
        <message>
            <source>Unsaved network</source>
            <translation type="vanished">저장하지 않은 신경망</translation>
        </message>
        <message>
            <source>Save the network first?</source>
            <translation type="vanished">먼저 신경망을 저장할까요?</translation>
        </message>
        <message>
            <source>Could not load the model: %1</source>
            <translation type="vanished">모델을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Loaded %1; Start trains it further.</source>
            <translation type="vanished">%1을(를) 불러왔습니다. ‘시작’을 누르면 계속 학습합니다.</translation>
        </message>
        <message>
            <source>Model %1 loaded.</source>
            <translation type="vanished">모델 %1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation type="vanished">계산 중…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="vanished">취소했습니다.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="vanished">실패: %1</translation>
        </message>
        <message>
            <source>Numerical gradient: %1 of %2 entries (%3), %4 s…</source>
            <translation type="vanished">수치 미분 기울기: %2개 중 %1개 (%3), %4초…</translation>
        </message>
        <message>
            <source>largest backprop gradient entry checked: %1</source>
            <translation type="vanished">확인한 원소 중 오차역전파법 기울기의 최대 절댓값: %1</translation>
        </message>
        <message>
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation type="vanished">오차역전파법: 기울기 원소 %2개 전체에 %1ms. 수치 미분: 원소 %4개에 %3초 (%2개 전체라면 약 %5초, %6배 느림). %7</translation>
        </message>
        <message>
            <source>They agree (max difference %1).</source>
            <translation type="vanished">일치합니다 (최대 차이 %1).</translation>
        </message>
        <message>
            <source>They differ by up to %1!</source>
            <translation type="vanished">최대 %1만큼 차이가 납니다!</translation>
        </message>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNIST 학습</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="119" />
            <source>Loading %1…</source>
            <translation>%1 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="137" />
            <source>Loaded %1.</source>
            <translation>%1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="176" />
            <location filename="../../app/panels/training/panel.py" line="417" />
            <location filename="../../app/panels/training/sessions.py" line="85" />
            <source>Load a dataset first.</source>
            <translation>먼저 데이터셋을 불러오세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="195" />
            <source>Only runs trained in this view can be forked.</source>
            <translation>이 화면에서 학습한 실행만 분기할 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="233" />
            <source>Training the loaded model further.</source>
            <translation>불러온 모델을 계속 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="235" />
            <source>Training %1, a fork of %2 from iteration %3…</source>
            <translation>%1 학습 중(%2의 반복 %3에서 분기)…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="237" />
            <location filename="../../app/panels/training/controller.py" line="387" />
            <source>Training…</source>
            <translation>학습 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="273" />
            <source>Learning rate set to %1 from iteration %2.</source>
            <translation>반복 %2부터 학습률을 %1로 설정했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="288" />
            <source>Switched to %1 (fresh optimizer state).</source>
            <translation>%1(으)로 전환했습니다 (최적화 기법 상태 초기화).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="333" />
            <source>Stop the run before deleting it.</source>
            <translation>삭제하기 전에 실행을 정지하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="400" />
            <source>Paused at iteration %1.</source>
            <translation>반복 %1에서 일시 정지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="406" />
            <location filename="../../app/panels/training/controller.py" line="433" />
            <source>Stopped at iteration %1; the network keeps what it learned.</source>
            <translation>반복 %1에서 정지했습니다. 신경망은 학습한 내용을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="416" />
            <source>Training failed: %1</source>
            <translation>학습 실패: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="458" />
            <source>Nothing to save yet: train the network (or load a model) first.</source>
            <translation>아직 저장할 것이 없습니다: 먼저 신경망을 학습하세요 (또는 모델을 불러오세요).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="135" />
            <source>Model %1: trained for %n iteration(s) on %2, test accuracy %3.</source>
            <translation>
                <numerusform>모델 %1: %2(으)로 %n회 반복 학습, 테스트 정확도 %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="200" />
            <location filename="../../app/panels/training/dialogs.py" line="213" />
            <source>The network trained for %n iteration(s) on %1 is not saved.</source>
            <translation>
                <numerusform>%1(으)로 %n회 반복 학습한 신경망이 저장되지 않았습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="202" />
            <source>%n trained run(s) on %1 are not saved.</source>
            <translation>
                <numerusform>%1(으)로 학습한 실행 %n개가 저장되지 않았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="27" />
            <source>There is no loss curve yet: start a training run first.</source>
            <translation>아직 손실 곡선이 없습니다: 먼저 학습을 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="34" />
            <source>There is no accuracy yet: the first evaluation comes after the first mini-batch (book mode) or the first epoch.</source>
            <translation>아직 정확도가 없습니다: 첫 평가는 첫 미니배치(책 모드) 또는 첫 에폭이 끝난 뒤에 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="44" />
            <source>There is no confusion matrix yet: it is computed when a run ends (and after each epoch while the Errors tab is open).</source>
            <translation>아직 혼동 행렬이 없습니다: 학습이 끝날 때 계산됩니다 (‘오답’ 탭이 열려 있으면 에폭마다 계산).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="54" />
            <source>There are no activation histograms yet: they are computed while training and when a run ends.</source>
            <translation>아직 활성화값 분포가 없습니다: 학습 중과 학습이 끝날 때 계산됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="91" />
            <source>Loss curve</source>
            <translation>손실 곡선</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="92" />
            <source>Accuracy per epoch</source>
            <translation>에폭별 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="93" />
            <source>Confusion matrix</source>
            <translation>혼동 행렬</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="95" />
            <source>Activation histograms</source>
            <translation>활성화값 분포</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspection.py" line="163" />
            <source>%1, iteration %2</source>
            <translation>%1, 반복 %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="78" />
            <source>Views of the training runs</source>
            <extracomment>Widgets of the parts, reachable on the panel by the same names (tests, benchmarks, the main window).</extracomment>
            <translation>각 실행의 학습 과정을 보여 주는 화면들</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="85" />
            <source>Curves</source>
            <translation>곡선</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="85" />
            <source>Loss per mini-batch and accuracy per epoch of every visible run</source>
            <translation>표시된 모든 실행의 미니배치별 손실과 에폭별 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="87" />
            <source>Weights &amp;&amp; activations</source>
            <translation>가중치와 활성화값</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="88" />
            <source>First-layer weights as images and the distribution of hidden activations</source>
            <translation>첫 번째 층의 가중치 이미지와 은닉층 활성화값 분포</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="89" />
            <source>Errors</source>
            <translation>오답</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="89" />
            <source>Confusion matrix and the most confident mistakes on the test set</source>
            <translation>혼동 행렬과 시험 데이터에서 가장 확신한 오답</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="91" />
            <source>Draw</source>
            <translation>그리기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="91" />
            <source>Draw and see what the network shown thinks it is</source>
            <translation>그림을 그리고 표시된 신경망이 무엇으로 판단하는지 봅니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="92" />
            <source>Gradient check</source>
            <translation>기울기 확인</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="93" />
            <source>Compare backprop with the numerical gradient (book section 5.7.3)</source>
            <translation>오차역전파법과 수치 미분 기울기 비교 (책 5.7.3절)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="183" />
            <source>Reset: weights initialised from seed %1; the previous runs stay in the list.</source>
            <translation>리셋: 시드 %1로 가중치를 초기화했습니다. 이전 실행은 목록에 남습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="224" />
            <source>Fork of %1 from iteration %2: change the learning rate, the optimizer or weight decay, then press Start fork.</source>
            <translation>%1의 반복 %2에서 분기: 학습률, 최적화 기법 또는 가중치 감소를 바꾼 뒤 ‘분기 시작’을 누르세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="250" />
            <source>%1: %2 training and %3 test images from %4</source>
            <translation>%1: 훈련 이미지 %2장, 시험 이미지 %3장 (%4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="256" />
            <source>Labels: %1</source>
            <translation>레이블: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="262" />
            <source>%1 loaded (%2 training and %3 test images): press Start to train.</source>
            <translation>%1을(를) 불러왔습니다 (훈련 이미지 %2장, 시험 이미지 %3장). ‘시작’을 눌러 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="269" />
            <source>No dataset loaded</source>
            <translation>불러온 데이터셋 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="270" />
            <source>Load a dataset to begin.</source>
            <translation>데이터셋을 불러와 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="319" />
            <source>%1 at iteration %2</source>
            <translation>%1(반복 %2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="327" />
            <source> — untrained network</source>
            <translation> — 학습되지 않은 신경망</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="439" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="64" />
            <source>Ch. 4: TwoLayerNet, sigmoid (book)</source>
            <translation>4장: TwoLayerNet, 시그모이드 (책)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="65" />
            <source>book, ch. 4: test acc ≈ 0.946</source>
            <translation>책 4장: 시험 정확도 ≈ 0.946</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="66" />
            <source>784-50-10 with sigmoid, SGD lr 0.1, batch 100, 10,000 iterations: train_neuralnet.py of chapter 4</source>
            <translation>784-50-10, 시그모이드, SGD 학습률 0.1, 배치 100, 10,000회 반복: 4장의 train_neuralnet.py</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="67" />
            <source>Ch. 5: TwoLayerNet, ReLU (book)</source>
            <translation>5장: TwoLayerNet, ReLU (책)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="68" />
            <source>book, ch. 5: test acc ≈ 0.97</source>
            <translation>책 5장: 시험 정확도 ≈ 0.97</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="69" />
            <source>the same network with ReLU and backprop, as in chapter 5's train_neuralnet.py</source>
            <translation>같은 신경망에 ReLU와 오차역전파법 사용 (5장의 train_neuralnet.py)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="70" />
            <source>Ch. 6: MultiLayerNet (init, BatchNorm, dropout, decay)</source>
            <translation>6장: MultiLayerNet (초깃값, 배치 정규화, 드롭아웃, 가중치 감소)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="73" />
            <source>five layers with the options of chapter 6; try BatchNorm, dropout and weight decay</source>
            <translation>6장의 옵션을 갖춘 5층 신경망. 배치 정규화, 드롭아웃, 가중치 감소를 시험해 보세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="74" />
            <source>Ch. 7: SimpleConvNet (slow: subset)</source>
            <translation>7장: SimpleConvNet (느림: 데이터 일부)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="78" />
            <source>conv 30x5x5 - ReLU - pool - affine 100 - ReLU - affine 10; trains on a subset because it is slow</source>
            <translation>conv 30x5x5 - ReLU - pool - affine 100 - ReLU - affine 10. 느리기 때문에 데이터 일부로 학습합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="90" />
            <source>“%1” is not a number</source>
            <translation>“%1”은(는) 숫자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="92" />
            <source>must be a finite number</source>
            <translation>유한한 수여야 합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="94" />
            <source>must be greater than 0</source>
            <translation>0보다 커야 합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="96" />
            <source>must be at least %1</source>
            <translation>%1 이상이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="98" />
            <source>must be less than %1</source>
            <translation>%1 미만이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="106" />
            <source>give at least one hidden layer size, e.g. 50 or 100, 100</source>
            <translation>은닉층 크기를 하나 이상 지정하세요 (예: 50 또는 100, 100)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="112" />
            <source>“%1” is not a whole number</source>
            <translation>“%1”은(는) 정수가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="114" />
            <source>each size must lie between 1 and 4096</source>
            <translation>각 크기는 1~4096이어야 합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="117" />
            <source>at most 8 hidden layers</source>
            <translation>은닉층은 최대 8개입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="129" />
            <source>type a standard deviation such as 0.01, or choose he or xavier</source>
            <translation>0.01 같은 표준편차를 입력하거나 he 또는 xavier를 고르세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="141" />
            <source>TwoLayerNet has exactly one hidden layer; use the chapter 6 preset for more</source>
            <translation>TwoLayerNet의 은닉층은 정확히 하나입니다. 더 많이 쓰려면 6장 프리셋을 사용하세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="144" />
            <source>TwoLayerNet takes a number here (the book uses 0.01)</source>
            <translation>TwoLayerNet은 여기에 숫자를 받습니다 (책은 0.01)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="155" />
            <source>SimpleConvNet has one hidden affine layer (the book uses 100)</source>
            <translation>SimpleConvNet의 은닉 Affine 계층은 하나입니다 (책은 100)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="157" />
            <source>SimpleConvNet takes a number here (the book uses 0.01)</source>
            <translation>SimpleConvNet은 여기에 숫자를 받습니다 (책은 0.01)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="174" />
            <source>write name=value pairs, e.g. momentum=0.9</source>
            <translation>name=value 쌍으로 쓰세요 (예: momentum=0.9)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="176" />
            <source>set the learning rate in its own field</source>
            <translation>학습률은 전용 입력란에서 설정하세요</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/reference.py" line="51" />
            <source>(other settings: %1)</source>
            <translation>(설정이 다름: %1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="27" />
            <source>There is no run to save yet (loaded models are saved with Save model…).</source>
            <translation>아직 저장할 실행이 없습니다 (불러온 모델은 ‘모델 저장…’으로 저장합니다).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="31" />
            <source>Stop the run before saving the session.</source>
            <translation>세션을 저장하기 전에 실행을 정지하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="36" />
            <source>Could not save the runs: %1</source>
            <translation>실행을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="41" />
            <source>Saved %1 run(s) to %2.</source>
            <translation>실행 %1개를 %2에 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="43" />
            <source>Loaded models are not part of a session (save them with Save model…).</source>
            <translation>불러온 모델은 세션에 포함되지 않습니다 (‘모델 저장…’으로 저장하세요).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="82" />
            <source>Could not open the runs: %1</source>
            <translation>실행을 열 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="99" />
            <source>Opened %1 run(s) from %2.</source>
            <translation>%2에서 실행 %1개를 열었습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="101" />
            <source>They were trained on %1: load that dataset to inspect them.</source>
            <translation>이 실행들은 %1(으)로 학습했습니다. 살펴보려면 그 데이터셋을 불러오세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="54" />
            <source>The run on %1 was stopped at iteration %2; its results were cleared.</source>
            <translation>%1 학습을 반복 %2에서 정지했고, 그 결과를 지웠습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="57" />
            <source>The results of the run on %1 were cleared.</source>
            <translation>%1 학습의 결과를 지웠습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="69" />
            <source>The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must hold finite numbers.</source>
            <translation>매개변수(가중치와 편향)가 유한한 수가 아니므로(inf 또는 NaN) 저장할 수 없습니다. 모델 파일에는 유한한 수만 담을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="78" />
            <source>the loss diverged</source>
            <translation>손실이 발산했습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="91" />
            <source>Weight decay λ = %1 is too strong: its term 0.5·λ·ΣW² is %2 at the start and lr·λ = %3 (above 1, each step flips and grows the weights). Lower λ (the book uses 0.1 or less).</source>
            <translation>가중치 감소가 너무 강합니다(λ = %1): 그 항 0.5·λ·ΣW²가 처음에 %2이고 lr·λ = %3입니다 (1을 넘으면 스텝마다 가중치의 부호가 뒤집히며 커집니다). λ를 줄이세요 (책은 0.1 이하를 씁니다).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="95" />
            <source>The loss was far too large from the first mini-batch (%1, where a fresh network starts near %2): the initial weights (init %3) are too large. Try 0.01, or He / Xavier.</source>
            <translation>첫 미니배치부터 손실이 너무 컸습니다 (%1, 새로 초기화한 신경망은 %2 근처에서 시작): 가중치 초깃값(%3)이 너무 큽니다. 0.01이나 He / Xavier를 써 보세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="99" />
            <source>Try a smaller learning rate (e.g. a tenth of %1) and start again.</source>
            <translation>학습률을 줄여서(예: %1의 10분의 1) 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="101" />
            <source>Training stopped: %1.</source>
            <translation>학습을 멈췄습니다: %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="129" />
            <source>Finished %n iteration(s) in %1: test accuracy %2.</source>
            <translation>
                <numerusform>%n회 반복을 %1 만에 마쳤습니다: 테스트 정확도 %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="132" />
            <source>Finished %n iteration(s) in %1: test accuracy %2 (the last evaluation during the run, at iteration %3, gave %4).</source>
            <translation>
                <numerusform>%n회 반복을 %1 만에 마쳤습니다: 테스트 정확도 %2 (학습 중 마지막 평가, 반복 %3에서는 %4).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="137" />
            <source>Finished %n iteration(s) in %1: test accuracy %2 (last evaluation, at iteration %3).</source>
            <translation>
                <numerusform>%n회 반복을 %1 만에 마쳤습니다: 테스트 정확도 %2 (마지막 평가, 반복 %3).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="141" />
            <source>The book reports about %1.</source>
            <translation>책에서는 약 %1입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="241" />
            <source>Confusion matrix (test set)</source>
            <translation>혼동 행렬 (시험 데이터)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="242" />
            <source>true label</source>
            <translation>정답 레이블</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="243" />
            <location filename="../../app/panels/training/views.py" line="267" />
            <source>predicted label</source>
            <translation>예측 레이블</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="271" />
            <source>predicted label (numbered as the rows)</source>
            <translation>예측 레이블(번호는 행과 같음)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="307" />
            <source>Network's probabilities</source>
            <translation>신경망의 확률</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="309" />
            <source>probability</source>
            <translation>확률</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="310" />
            <source>class</source>
            <translation>클래스</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="352" />
            <source>Activation histograms (test sample)</source>
            <translation>활성화값 분포 (시험 표본)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="353" />
            <source>share of units</source>
            <translation>뉴런 비율</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="354" />
            <source>activation value</source>
            <translation>활성화값</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="385" />
            <source>dead units %1%</source>
            <translation>죽은 뉴런 %1%</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="387" />
            <source>saturated %1%</source>
            <translation>포화 %1%</translation>
        </message>
    </context>
    <context>
        <name>ValueLabel</name>
        <message>
            <location filename="../../app/widgets/value_label.py" line="31" />
            <source>The exact value, as Python's repr prints it (double-click to copy)</source>
            <translation>Python의 repr이 출력하는 정확한 값 (더블클릭하면 복사)</translation>
        </message>
    </context>
    <context>
        <name>VectorField</name>
        <message>
            <location filename="../../app/widgets/number_field.py" line="33" />
            <source>The field is empty: type numbers separated by commas.</source>
            <translation>비어 있습니다: 쉼표로 구분해 숫자를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="41" />
            <source>“%1” (value %2) is not a number.</source>
            <translation>“%1”(%2번째 값)은(는) 숫자가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="44" />
            <source>Value %1 is NaN (not a number); use a real number.</source>
            <translation>%1번째 값이 NaN(숫자 아님)입니다. 실수를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="46" />
            <source>Value %1 is infinite; use a finite number.</source>
            <translation>%1번째 값이 무한대입니다. 유한한 수를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="48" />
            <source>Value %1 is negative (%2); probabilities cannot be negative.</source>
            <translation>%1번째 값이 음수입니다 (%2). 확률은 음수일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="51" />
            <source>Value %1 (%2) is below the minimum %3.</source>
            <translation>%1번째 값(%2)이 최솟값 %3보다 작습니다.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="54" />
            <source>Value %1 (%2) is above the maximum %3.</source>
            <translation>%1번째 값(%2)이 최댓값 %3보다 큽니다.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="58" />
            <source>Expected %1 values, got %2.</source>
            <translation>값 %1개가 필요한데 %2개입니다.</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="92" />
            <source>Numbers separated by commas; press Enter to apply</source>
            <translation>쉼표로 구분한 숫자. Enter로 적용</translation>
        </message>
    </context>
    <context>
        <name>WeightsTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="38" />
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −)</source>
            <extracomment>Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit).</extracomment>
            <translation>첫 번째 층의 가중치: 은닉 뉴런마다 28×28 이미지 (빨강 +, 파랑 −)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="41" />
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation>각 타일은 784개 픽셀에서 은닉 뉴런 하나로 가는 가중치입니다: 그 뉴런이 반응하는 패턴</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="50" />
            <source>How the hidden activations are spread over a sample of test images; dead ReLUs and saturated sigmoids stop learning (section 6.2)</source>
            <translation>시험 이미지 표본에서 은닉층 활성화값이 어떻게 분포하는지. 죽은 ReLU와 포화된 시그모이드는 학습을 멈춥니다 (6.2절)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="58" />
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)</source>
            <translation>첫 번째 층의 가중치: 은닉 뉴런마다 28×28 이미지 (빨강 +, 파랑 −; 뉴런 %1개)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="61" />
            <source>Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)</source>
            <translation>첫 번째 층의 합성곱 필터 %1개, 각 %2×%3 (빨강 +, 파랑 −)</translation>
        </message>
    </context>
    <context>
        <name>_Placeholder</name>
        <message>
            <location filename="../../app/main_window.py" line="430" />
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
    </context>
</TS>
