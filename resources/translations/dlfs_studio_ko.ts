<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../app/panels/training/curves.py" line="104" />
            <source>Logarithmic loss axis</source>
            <extracomment>Most points drawn for a moving average (a thick antialiased line costs per point). Minimum seconds between two redraws of a running run's loss curve. What was drawn last (symbols are costly to set again): (number of evaluations, fork point).</extracomment>
            <translation>손실 축 로그 눈금</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="105" />
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation>손실을 로그 눈금으로 표시합니다: 후반의 느린 진전도 보입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="108" />
            <source>Moving average over</source>
            <translation>이동 평균:</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="112" />
            <source> iterations</source>
            <translation> 회</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="113" />
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation>미니배치 손실 원본 위에 그리는 이동 평균의 창 크기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="116" />
            <source>Fit view</source>
            <translation>전체 보기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="117" />
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation>축소해 모든 데이터를 표시합니다 (그래프에서 끌거나 스크롤하면 확대/축소)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="126" />
            <source>Training loss per mini-batch</source>
            <translation>미니배치별 훈련 손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="127" />
            <source>cross-entropy loss</source>
            <translation>교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="128" />
            <source>iteration</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="138" />
            <source>Accuracy (train ●—, test ■ - -)</source>
            <translation>정확도(훈련 ●—, 시험 ■ - -)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="139" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="140" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="208" />
            <source>train accuracy</source>
            <translation>훈련 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="209" />
            <source>test accuracy</source>
            <translation>시험 정확도</translation>
        </message>
    </context>
    <context>
        <name>DatasetDialog</name>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="41" />
            <source>or press Download below (or Choose folder… if you have them elsewhere).</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <location filename="../../app/panels/descent/fields.py" line="66" />
            <source>Type a number.</source>
            <translation>숫자를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="68" />
            <source>Too long for a number.</source>
            <translation>숫자로 보기에는 너무 깁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="73" />
            <source>Type a whole number, e.g. 20.</source>
            <translation>정수를 입력하세요 (예: 20).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="74" />
            <source>Type a number such as 0.1 or 1e-4.</source>
            <translation>0.1이나 1e-4 같은 숫자를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="76" />
            <source>Must be a finite number.</source>
            <translation>유한한 수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="78" />
            <source>Must be between {lo} and {hi}.</source>
            <translation>{lo}에서 {hi} 사이여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="147" />
            <source>(slider on a log scale)</source>
            <translation>(슬라이더는 로그 눈금)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="266" />
            <source>Not applied; still using {0}.</source>
            <translation>적용되지 않았습니다. 계속 {0}을(를) 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="291" />
            <source>“{0}” was not applied. {1} Back to {2}.</source>
            <translation>“{0}”은(는) 적용되지 않았습니다. {1} {2}(으)로 되돌렸습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="294" />
            <source>An empty field is not applied. Back to {0}.</source>
            <translation>빈 칸은 적용되지 않습니다. {0}(으)로 되돌렸습니다.</translation>
        </message>
    </context>
    <context>
        <name>DescentPanel</name>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="33" />
            <source>Descent</source>
            <translation>하강</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="33" />
            <location filename="../../app/panels/descent_panel.py" line="97" />
            <source>Optimizer race</source>
            <translation>최적화 기법 경주</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="34" />
            <source>Numerical differentiation</source>
            <translation>수치 미분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="35" />
            <source>One optimizer walking down a surface, step by step (figures 4-9, 4-10).</source>
            <translation>최적화 기법 하나가 곡면을 한 스텝씩 내려갑니다 (그림 4-9, 4-10).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="36" />
            <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6).</source>
            <translation>SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam이 같은 시작점에서 출발합니다 (6장).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="37" />
            <source>Forward and central differences and why the book picks h = 1e-4 (section 4.3).</source>
            <translation>전방 차분과 중심 차분, 그리고 책이 h = 1e-4를 고른 이유 (4.3절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="79" />
            <source>Gradient descent</source>
            <translation>경사 하강법</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="93" />
            <source>Descent map</source>
            <translation>하강 지도</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="94" />
            <source>f(x) over iterations</source>
            <translation>반복에 따른 f(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="95" />
            <source>Step ledger</source>
            <translation>스텝 기록</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="98" />
            <source>Figure 6-8 (2×2)</source>
            <translation>그림 6-8 (2×2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="100" />
            <source>Numerical differentiation: f and tangents</source>
            <translation>수치 미분: f와 접선</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="101" />
            <source>Numerical differentiation: error against h</source>
            <translation>수치 미분: h에 따른 오차</translation>
        </message>
    </context>
    <context>
        <name>DescentView</name>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="220" />
            <source>The update rule (chapter 6); SGD is the book's gradient descent.</source>
            <translation>갱신 규칙 (6장). SGD가 책의 경사 하강법입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="222" />
            <source>Optimizer</source>
            <translation>최적화 기법</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="225" />
            <source>Learning rate η, used exactly as typed (e.g. 0.1).</source>
            <translation>학습률 η. 입력한 값 그대로 사용합니다 (예: 0.1).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="227" />
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="230" />
            <source>Number of updates (step_num in the book).</source>
            <translation>갱신 횟수 (책의 step_num).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="232" />
            <source>Steps</source>
            <translation>스텝 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="235" />
            <source>numerical (central difference)</source>
            <translation>수치 미분 (중심 차분)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="236" />
            <source>analytic (formula)</source>
            <translation>해석적 (수식)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="239" />
            <source>Which gradient drives the steps; the ledger shows both.</source>
            <translation>스텝을 계산할 기울기. 스텝 기록에는 둘 다 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="241" />
            <source>Gradient</source>
            <translation>기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="244" />
            <source>Step h of the numerical gradient (the book uses 1e-4).</source>
            <translation>수치 미분 기울기의 h (책에서는 1e-4).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="246" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="250" />
            <source>Momentum coefficient α: how much of the last velocity is kept.</source>
            <translation>Momentum 계수 α: 직전 속도를 얼마나 유지할지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="251" />
            <source>RMSprop decay rate: how fast old squared gradients are forgotten.</source>
            <translation>RMSprop 감쇠율: 과거 기울기 제곱을 얼마나 빨리 잊을지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="252" />
            <source>Adam's β1: decay of the first-moment (mean) estimate.</source>
            <translation>Adam의 β1: 1차 모멘트(평균) 추정값의 감쇠율.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="253" />
            <source>Adam's β2: decay of the second-moment (squared) estimate.</source>
            <translation>Adam의 β2: 2차 모멘트(제곱) 추정값의 감쇠율.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="254" />
            <source>Momentum α</source>
            <translation>Momentum α</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="254" />
            <source>Decay rate</source>
            <translation>감쇠율</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="255" />
            <source>β1</source>
            <translation>β1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="255" />
            <source>β2</source>
            <translation>β2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="266" />
            <source>Start x0; or click/drag on the map.</source>
            <translation>시작점 x0. 지도를 클릭하거나 끌어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="269" />
            <source>Start x1; or click/drag on the map.</source>
            <translation>시작점 x1. 지도를 클릭하거나 끌어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="273" />
            <source>Start</source>
            <translation>시작점</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="279" />
            <source>log scale for f(x)</source>
            <translation>f(x) 로그 눈금</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="281" />
            <source>Show f(x) against iteration on a logarithmic axis.</source>
            <translation>반복에 따른 f(x)를 로그 축으로 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="284" />
            <source>show −gradient arrows</source>
            <translation>−기울기 화살표 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="286" />
            <source>Draw the field of −gradient arrows (book figure 4-9).</source>
            <translation>−기울기 화살표를 그립니다 (책의 그림 4-9).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="301" />
            <source>The current step: k, the point x_k, f(x_k) and the last step taken.</source>
            <translation>현재 스텝: k, 점 x_k, f(x_k), 직전 스텝.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="308" />
            <source>Click to set the start point; drag the cross to move it.</source>
            <translation>클릭해 시작점을 정하고, 십자 표시를 끌어 옮깁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="323" />
            <source>The start point: drag it to move the start.</source>
            <translation>시작점: 끌어서 옮길 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="333" />
            <source>f(x_k) against the iteration k.</source>
            <translation>반복 k에 따른 f(x_k).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="335" />
            <source>iteration k</source>
            <translation>반복 k</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="571" />
            <source>k = {0} of {1}    x = ({2}, {3})    f(x) = {4}</source>
            <translation>k = {0} / {1}    x = ({2}, {3})    f(x) = {4}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="575" />
            <source>k = {0} of {1}</source>
            <translation>k = {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="576" />
            <source>x = {0}</source>
            <translation>x = {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="577" />
            <source>f(x) = {0}</source>
            <translation>f(x) = {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="582" />
            <source>last step Δx = {0}, |Δx| = {1}</source>
            <translation>직전 스텝 Δx = {0}, |Δx| = {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="598" />
            <source>this surface has no minimum to find (it falls without bound)</source>
            <translation>이 곡면에는 찾을 최솟값이 없습니다 (한없이 내려갑니다)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="600" />
            <source>the learning rate is too large here</source>
            <translation>여기서는 학습률이 너무 큽니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="602" />
            <source>the learning rate may be too large, or f has no minimum that way</source>
            <translation>학습률이 너무 크거나, 그 방향으로는 f에 최솟값이 없을 수 있습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="603" />
            <source>Diverged at step {0}: x = {1}; {2}.</source>
            <translation>스텝 {0}에서 발산했습니다: x = {1}; {2}.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="605" />
            <source>|x| passed 1e150 (or stopped being finite), so core ended the run here.</source>
            <translation>|x|가 1e150을 넘었으므로(또는 유한하지 않게 되었으므로) core가 여기서 실행을 끝냈습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="608" />
            <source>From step {0} on, x ± h rounds back to x, so the numerical gradient is 0 and the point freezes at {1}: stuck, not converged.</source>
            <translation>스텝 {0}부터는 x ± h가 반올림되어 x로 돌아가므로 수치 미분 기울기가 0이 되고 점이 {1}에 멈춥니다. 수렴한 것이 아니라 갇힌 것입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="621" />
            <source>Barely moving: after {0} steps the point is only {1} away from the start (learning rate too small).</source>
            <translation>거의 움직이지 않습니다: {0}스텝이 지나도 시작점에서 {1}만큼만 떨어져 있습니다 (학습률이 너무 작음).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="659" />
            <source>point off the map: x = {0}</source>
            <translation>지도 밖의 점: x = {0}</translation>
        </message>
    </context>
    <context>
        <name>DrawTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="169" />
            <source>Draw with the left mouse button; right click clears</source>
            <translation type="unfinished" />
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
            <translation>그림에 대한 현재 신경망의 softmax 확률</translation>
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="197" />
            <source>They differ by up to %1: more than rounding explains. Check the backward pass of the layers.</source>
            <translation type="unfinished" />
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
        <name>LossPanel</name>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="275" />
            <location filename="../../app/panels/loss_panel.py" line="331" />
            <source>Output y</source>
            <extracomment>Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px). Presentation-mode scale of the secondary numbers (y2, without δ), which share one line. Colour of the second output y2 (purple: orange already means cross-entropy in this panel). Neutral colour of the bars that are not the correct class. Top of the per-class chart as a multiple of its tallest bar (room for the value label above it). Significant digits of the computed cells of the batch table (the cell keeps the full value). Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode). Emitted after every recomputation (tests and other views can listen).</extracomment>
            <translation>출력 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="276" />
            <source>Gradients → backprop</source>
            <translation>기울기 → 오차역전파법</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="277" />
            <source>Batch</source>
            <translation>배치</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="278" />
            <source>Edit one output y and the correct label t; see both losses</source>
            <translation>출력 y와 정답 레이블 t를 편집하고 두 손실 보기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="279" />
            <source>The gradient of each loss with respect to y, and y − t for softmax</source>
            <translation>각 손실의 y에 대한 기울기, 그리고 softmax의 y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="280" />
            <source>Several rows of y and labels: the batch cross-entropy</source>
            <translation>여러 행의 y와 레이블: 배치의 교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="293" />
            <location filename="../../app/panels/loss_panel.py" line="717" />
            <source>Loss functions</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="296" />
            <source>Example:</source>
            <translation>예제:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="299" />
            <source>Load an example from the book (section 4.2) or a learner's note</source>
            <translation>책(4.2절)의 예제나 학습자 노트를 불러옵니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="301" />
            <source>(your own values)</source>
            <translation>(직접 입력한 값)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="314" />
            <source>Where this example comes from and what to notice</source>
            <translation>이 예제의 출처와 눈여겨볼 점</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="334" />
            <source>Probabilities: drag the bars or type y</source>
            <translation>확률: 막대를 끌거나 y 입력</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="335" />
            <source>Edit the ten probabilities directly</source>
            <translation>확률 10개를 직접 편집합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="336" />
            <source>Logits a → y = softmax(a / T)</source>
            <translation>로짓 a → y = softmax(a / T)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="337" />
            <source>Type scores (logits); softmax turns them into probabilities</source>
            <translation>점수(로짓)를 입력하면 softmax가 확률로 바꿉니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="347" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1; the panel tells you if they do not.</source>
            <translation>y의 값 10개를 쉼표로 구분해 입력합니다 (Enter로 적용). 합이 1이 아니어도 되며, 그럴 때는 패널이 알려 줍니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="357" />
            <source>Ten logits (any real numbers), separated by commas</source>
            <translation>로짓 10개 (임의의 실수), 쉼표로 구분</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="361" />
            <source>Temperature T</source>
            <translation>온도 T</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="368" />
            <source>softmax(a / T): T &lt; 1 sharpens, T &gt; 1 flattens; T = 1 is the book's</source>
            <translation>softmax(a / T): T &lt; 1이면 뾰족해지고 T &gt; 1이면 평평해집니다. T = 1이 책의 softmax입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="376" />
            <source>The sum of y: a probability vector sums to 1</source>
            <translation>y의 합: 확률 벡터의 합은 1입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="378" />
            <source>Make y sum to 1</source>
            <translation>y의 합을 1로 만들기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="379" />
            <source>Divide every y by the sum of y</source>
            <translation>각 y를 y의 합으로 나누기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="384" />
            <source>Correct label t</source>
            <translation>정답 레이블 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="387" />
            <source>The correct class as a label index (what the book's batch code uses)</source>
            <translation>정답 클래스를 레이블 번호로 (책의 배치 코드가 쓰는 형태)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="390" />
            <source>The same label as a one-hot vector (what equation 4.1 uses)</source>
            <translation>같은 레이블을 원-핫 벡터로 (식 4.1이 쓰는 형태)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="396" />
            <source>Click a class button under the bars to change it.</source>
            <translation>막대 아래의 클래스 버튼을 클릭해 바꿉니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="402" />
            <source>Compare</source>
            <translation>비교</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="404" />
            <source>Show a second output y2</source>
            <translation>두 번째 출력 y2 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="405" />
            <source>Compare the losses of y and y2 for the same label</source>
            <translation>같은 레이블로 y와 y2의 손실 비교</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="410" />
            <source>The ten values of y2, separated by commas (Enter applies)</source>
            <translation>y2의 값 10개, 쉼표로 구분 (Enter로 적용)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="422" />
            <source>Sum of squared errors</source>
            <translation>오차제곱합</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="424" />
            <source>Equation 4.1: uses all ten classes (the book calls it mean_squared_error)</source>
            <translation>식 4.1: 10개 클래스를 모두 사용합니다 (책에서는 mean_squared_error)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="426" />
            <location filename="../../app/panels/loss_panel.py" line="433" />
            <source>y:</source>
            <translation>y:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="428" />
            <location filename="../../app/panels/loss_panel.py" line="435" />
            <source>y2:</source>
            <translation>y2:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="429" />
            <source>Cross-entropy</source>
            <translation>교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="431" />
            <source>Equation 4.2: only the correct class counts; δ guards against log(0)</source>
            <translation>식 4.2: 정답 클래스만 계산에 들어갑니다. δ는 log(0)을 막습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="437" />
            <source>core.cross_entropy_error(y, t, delta=0): inf when y_t = 0</source>
            <translation>core.cross_entropy_error(y, t, delta=0): y_t = 0이면 inf</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="438" />
            <source>without δ:</source>
            <translation>δ 없이:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="455" />
            <source>Drag a bar up or down to change y; the others rescale so y sums to 1</source>
            <translation>막대를 위아래로 끌어 y를 바꿉니다. 나머지는 y의 합이 1이 되도록 조정됩니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="469" />
            <source>Make %1 the correct class t</source>
            <translation>%1을(를) 정답 클래스 t로</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="483" />
            <source>Each loss as y_t (the probability of the correct class) varies, the other classes held fixed; the dots are the current y</source>
            <translation>다른 클래스는 고정하고 y_t(정답 클래스의 확률)를 바꿀 때의 각 손실. 점은 현재 y입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="486" />
            <source>Each class's share of the loss: squared error uses all ten classes, cross-entropy only the correct one</source>
            <translation>손실에서 각 클래스가 차지하는 몫: 오차제곱합은 10개 클래스를 모두, 교차 엔트로피 오차는 정답 클래스만 사용합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="502" />
            <location filename="../../app/panels/loss_panel.py" line="544" />
            <location filename="../../app/panels/loss_panel.py" line="586" />
            <source>class k</source>
            <translation>클래스 k</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="503" />
            <source>y&lt;sub&gt;k&lt;/sub&gt;</source>
            <translation>y&lt;sub&gt;k&lt;/sub&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="522" />
            <source>t</source>
            <translation>t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="526" />
            <source>Loss against y&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation>y&lt;sub&gt;t&lt;/sub&gt;에 따른 손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="527" />
            <source>y&lt;sub&gt;t&lt;/sub&gt;, probability of the correct class</source>
            <translation>y&lt;sub&gt;t&lt;/sub&gt;: 정답 클래스의 확률</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="528" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="531" />
            <location filename="../../app/panels/loss_panel.py" line="639" />
            <source>cross-entropy</source>
            <translation>교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="532" />
            <location filename="../../app/panels/loss_panel.py" line="1100" />
            <source>squared error (y)</source>
            <translation>오차제곱합 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="533" />
            <location filename="../../app/panels/loss_panel.py" line="1101" />
            <location filename="../../app/panels/loss_panel.py" line="1197" />
            <source>squared error (y2)</source>
            <translation>오차제곱합 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="541" />
            <source>Per class: &lt;span style='color:%1'&gt;■ squared&lt;/span&gt;  &lt;span style='color:%2'&gt;■ cross-entropy&lt;/span&gt;</source>
            <translation>클래스별: &lt;span style='color:%1'&gt;■ 오차제곱합&lt;/span&gt;  &lt;span style='color:%2'&gt;■ 교차 엔트로피 오차&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="549" />
            <source>squared error ½(y_k − t_k)²</source>
            <translation>오차제곱합 ½(y_k − t_k)²</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="552" />
            <source>cross-entropy −t_k log(y_k + δ)</source>
            <translation>교차 엔트로피 오차 −t_k log(y_k + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="569" />
            <source>The gradient tells each output which way to move to lower the loss: the first step of backprop. Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when y&lt;sub&gt;t&lt;/sub&gt; is small (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)); softmax followed by cross-entropy gives the simple y − t with respect to the logits (section 5.6.3).</source>
            <translation>기울기는 손실을 줄이려면 각 출력이 어느 쪽으로 움직여야 하는지 알려 줍니다. 오차역전파법의 첫 단계입니다. 오차제곱합은 모든 클래스를 움직입니다 (y − t). 교차 엔트로피 오차는 정답 클래스만 움직이며, y&lt;sub&gt;t&lt;/sub&gt;가 작을수록 세게 움직입니다 (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)). softmax 뒤에 교차 엔트로피 오차를 두면 로짓에 대한 기울기가 간단한 y − t가 됩니다 (5.6.3절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="577" />
            <source>Bars: the gradient for each class k (computed by core.functions)</source>
            <translation>막대: 클래스 k별 기울기 (core.functions로 계산)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="578" />
            <source>squared error&lt;br&gt;∂E/∂y = y − t</source>
            <translation>오차제곱합&lt;br&gt;∂E/∂y = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="579" />
            <source>cross-entropy&lt;br&gt;∂E/∂y = −t / (y + δ)</source>
            <translation>교차 엔트로피 오차&lt;br&gt;∂E/∂y = −t / (y + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="580" />
            <source>softmax + cross-entropy&lt;br&gt;∂E/∂a = y − t</source>
            <translation>softmax + 교차 엔트로피 오차&lt;br&gt;∂E/∂a = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="603" />
            <source>The gradients with full precision</source>
            <translation>전체 정밀도의 기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="617" />
            <source>Each row is one output y with its label t. The batch cross-entropy is the mean of the rows' cross-entropies (section 4.2.4).</source>
            <translation>각 행은 출력 y 하나와 그 레이블 t입니다. 배치의 교차 엔트로피 오차는 각 행의 교차 엔트로피 오차의 평균입니다 (4.2.4절).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="622" />
            <source>Add row</source>
            <translation>행 추가</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="623" />
            <source>Add a row (a copy of the current output y and label)</source>
            <translation>행 추가 (현재 출력 y와 레이블의 복사본)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="625" />
            <source>Remove row</source>
            <translation>행 삭제</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="626" />
            <source>Remove the selected row (or the last one)</source>
            <translation>선택한 행 삭제 (선택이 없으면 마지막 행)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="628" />
            <source>Book's y and y2</source>
            <translation>책의 y와 y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="629" />
            <source>Fill the table with the book's two examples (label 2)</source>
            <translation>책의 두 예제로 표 채우기 (레이블 2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="639" />
            <location filename="../../app/panels/loss_panel.py" line="1301" />
            <source>label t</source>
            <translation>레이블 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="640" />
            <source>squared error</source>
            <translation>오차제곱합</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="642" />
            <source>Edit y values (0 or more) and the label t (0–9); the last two columns are computed by core</source>
            <translation>y 값(0 이상)과 레이블 t(0~9)를 편집합니다. 마지막 두 열은 core가 계산합니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="644" />
            <source>Shown to two decimals, like the bars; hover a cell or edit it for the full value</source>
            <translation>막대처럼 소수 둘째 자리까지 표시합니다. 셀에 마우스를 올리거나 편집하면 전체 값이 보입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="645" />
            <source>Computed by core; shown with six significant digits (… means more digits: hover the cell or export the CSV for the full value)</source>
            <translation>core가 계산하며 유효숫자 6자리로 표시합니다 (…는 자릿수가 더 있다는 뜻: 셀에 마우스를 올리거나 CSV로 내보내면 전체 값이 보입니다)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="661" />
            <source>Cross-entropy of each row; the line is the batch mean</source>
            <translation>행별 교차 엔트로피 오차. 선은 배치 평균입니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="664" />
            <source>Cross-entropy per row</source>
            <translation>행별 교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="665" />
            <source>row</source>
            <translation>행</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="670" />
            <source>batch mean</source>
            <translation>배치 평균</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="691" />
            <source>Batch cross-entropy, t as label indices:</source>
            <translation>배치 교차 엔트로피 오차 (t는 레이블):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="692" />
            <source>core.cross_entropy_error(Y, labels): mean over the rows</source>
            <translation>core.cross_entropy_error(Y, labels): 행들의 평균</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="693" />
            <source>Batch cross-entropy, t as one-hot rows:</source>
            <translation>배치 교차 엔트로피 오차 (t는 원-핫):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="694" />
            <source>core.cross_entropy_error(Y, one_hot(labels))</source>
            <translation>core.cross_entropy_error(Y, one_hot(labels))</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="695" />
            <source>Squared error over the batch (half sum):</source>
            <translation>배치의 오차제곱합 (½Σ):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="696" />
            <source>core.sum_squared_error(Y, T): NOT divided by the batch size</source>
            <translation>core.sum_squared_error(Y, T): 배치 크기로 나누지 않습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="697" />
            <source>… divided by N (a true mean):</source>
            <translation>… N으로 나누면 (진짜 평균):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="698" />
            <source>The half sum divided by the number of rows, for comparison</source>
            <translation>비교용: 제곱합의 절반을 행 수로 나눈 값</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="773" />
            <source>Output y (bars)</source>
            <translation>출력 y (막대)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="774" />
            <source>Loss against y_t</source>
            <translation>y_t에 따른 손실</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="775" />
            <source>Contribution of each class</source>
            <translation>클래스별 기여</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="776" />
            <source>Gradients</source>
            <translation>기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="777" />
            <source>Batch cross-entropy per row</source>
            <translation>행별 배치 교차 엔트로피 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="778" />
            <source>Batch table</source>
            <translation>배치 표</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="925" />
            <source>y = softmax(a / T), computed from the logits</source>
            <translation>y = softmax(a / T), 로짓에서 계산</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="926" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1.</source>
            <translation>y의 값 10개를 쉼표로 구분해 입력합니다 (Enter로 적용). 합이 1이 아니어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="976" />
            <source>y is all zeros: it cannot be scaled to sum to 1.</source>
            <translation>y가 모두 0이라서 합이 1이 되도록 조정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1026" />
            <source>With temperature T the gradient is taken with respect to the scaled logits a / T.</source>
            <translation>온도 T를 쓰면 기울기는 조정된 로짓 a / T에 대해 구합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1030" />
            <source>y is all zeros: there are no logits whose softmax is y.</source>
            <translation>y가 모두 0이라서 softmax가 y가 되는 로짓이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1033" />
            <source>Logits taken as a = log y (softmax(log y) = y).</source>
            <translation>로짓은 a = log y로 둡니다 (softmax(log y) = y).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1035" />
            <source>y does not sum to 1, so no logits give exactly this y: with a = log y, softmax(a) is y / sum(y), and y − t uses that normalised y.</source>
            <translation>y의 합이 1이 아니므로 정확히 이 y를 내는 로짓은 없습니다. a = log y로 두면 softmax(a)는 y / sum(y)이고, y − t에는 이 정규화된 y를 씁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1053" />
            <source>label index: t = %1</source>
            <translation>레이블: t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1054" />
            <source>one-hot: t = [%1]</source>
            <translation>원-핫: t = [%1]</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1062" />
            <source>%1 (%2 in floating point)</source>
            <translation>%1 (부동소수점으로는 %2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1064" />
            <source>sum of y = %1</source>
            <translation>y의 합 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1067" />
            <source>y is not a probability vector: its values sum to %1, not 1.</source>
            <translation>y는 확률 벡터가 아닙니다: 합이 1이 아니라 %1입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1072" />
            <source>y2 sums to %1, not 1.</source>
            <translation>y2의 합은 1이 아니라 %1입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1074" />
            <source>The losses are still computed, exactly as the book's code would.</source>
            <translation>손실은 책의 코드와 똑같이 그대로 계산합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1082" />
            <source>y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, large but finite.</source>
            <translation>y_t = 0: δ가 없으면 log(0) = −inf이므로 손실은 inf입니다. δ = 1e-7이면 −log(1e-7) = %1로, 크지만 유한합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1096" />
            <source>Your own values. Choose an example to load the book's or a learner's numbers.</source>
            <translation>직접 입력한 값입니다. 책이나 학습자 노트의 값을 불러오려면 예제를 고르세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1100" />
            <source>cross-entropy (y)</source>
            <translation>교차 엔트로피 오차 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1101" />
            <source>cross-entropy (y2)</source>
            <translation>교차 엔트로피 오차 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1108" />
            <source>same</source>
            <translation>같음</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1111" />
            <source>same float, printed with more digits</source>
            <translation>같은 부동소수점 수 (자릿수를 더 많이 출력)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1115" />
            <source>differs: core gives</source>
            <translation>다름: core 결과는</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1122" />
            <source>Printed in the source:</source>
            <translation>책 코드 출력:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1163" />
            <source>&lt;span style='color:%1'&gt;■&lt;/span&gt; output y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; target t</source>
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; 출력 y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; 정답 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1166" />
            <source>&lt;span style='color:%1'&gt;■&lt;/span&gt; y2</source>
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1185" />
            <source>t = %1</source>
            <translation>t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1264" />
            <source>A batch needs at least one row.</source>
            <translation>배치에는 적어도 한 행이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1294" />
            <source>The label must be a whole number 0–9.</source>
            <translation>레이블은 0~9의 정수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1302" />
            <source>Row %1, %2: %3</source>
            <translation>%1행, %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1315" />
            <source>Not updated — fix the highlighted cells:</source>
            <translation>갱신되지 않음 — 강조된 셀을 고치세요:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1341" />
            <source>✓ The one-hot form and the label-index form agree exactly (the label form just reads y[row, t] instead of multiplying by zeros).</source>
            <translation>✓ 원-핫 형식과 레이블 번호 형식이 정확히 일치합니다 (레이블 형식은 0을 곱하는 대신 y[row, t]를 읽을 뿐입니다).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1346" />
            <source>The two forms differ by %1 (floating-point summation order).</source>
            <translation>두 형식의 차이는 %1입니다 (부동소수점 덧셈 순서 때문).</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1349" />
            <source>Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row (%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.</source>
            <translation>주의: 책의 mean_squared_error는 평균이 아니라 합(제곱합의 절반)입니다. 이 %1개 행을 모두 더하며(%2), 평균인 배치 교차 엔트로피 오차와 달리 배치 크기로 나누지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>LossPresets</name>
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
            <source>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</source>
            <translation>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</translation>
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
            <source>/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94, batch cross-entropy)</source>
            <translation>/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94, 배치 교차 엔트로피 오차)</translation>
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
            <source>/work/shared/seeds/002_3f5329c71e06aa88.txt</source>
            <translation>/work/shared/seeds/002_3f5329c71e06aa88.txt</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="53" />
            <source>The note calls both “softmax함수의 출력” (softmax outputs), but its y2 sums to 1.3, so it cannot come from softmax. Squared error sees the extra mass (0.6425 vs the book's 0.5975); cross-entropy gives the same 2.302584092994546 because it only reads y2[2] = 0.1.</source>
            <translation>이 노트는 두 출력을 모두 “softmax함수의 출력”이라고 부르지만, y2는 합이 1.3이므로 softmax에서 나올 수 없습니다. 오차제곱합에는 남는 확률이 드러나지만(0.6425, 책은 0.5975), 교차 엔트로피 오차는 y2[2] = 0.1만 읽으므로 똑같이 2.302584092994546입니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="57" />
            <source>Note 003 (Chinese): the book's y</source>
            <translation>노트 003 (중국어): 책의 y</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="58" />
            <source>/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</source>
            <translation>/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="63" />
            <source>The note calls the function 均方误差 (“mean squared error”) like the book, but it is a half sum of squares, not a mean.</source>
            <translation>이 노트는 책처럼 이 함수를 均方误差(“평균 제곱 오차”)라고 부르지만, 실제로는 평균이 아니라 제곱합의 절반입니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="67" />
            <source>Note 004 (Japanese): squared error, samples 1 and 2</source>
            <translation>노트 004 (일본어): 오차제곱합, 샘플 1과 2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="68" />
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</source>
            <translation>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="73" />
            <source>Sample 1 puts 0.6 on the correct “2”; sample 2 puts 0.5 on “9” (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). Neither sums to 1 (1.07 and 1.13).</source>
            <translation>샘플 1은 정답 “2”에 0.6을, 샘플 2는 “9”에 0.5를 줍니다 (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). 둘 다 합이 1이 아닙니다 (1.07과 1.13).</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="77" />
            <source>Note 004 (Japanese): cross-entropy, 0.99 vs 0.2 on the correct class</source>
            <translation>노트 004 (일본어): 교차 엔트로피 오차, 정답 클래스에 0.99 대 0.2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="78" />
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</source>
            <translation>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="83" />
            <source>0.99 on the correct class gives a loss near 0, 0.2 gives 1.6094374124342252 ≈ -log 0.2. The first y sums to 1.46: it is not a probability vector, but cross-entropy only reads y[2].</source>
            <translation>정답 클래스가 0.99이면 손실은 0에 가깝고, 0.2이면 1.6094374124342252 ≈ -log 0.2입니다. 첫 번째 y는 합이 1.46이라 확률 벡터가 아니지만, 교차 엔트로피 오차는 y[2]만 읽습니다.</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="87" />
            <source>Why δ = 1e-7: the correct class has probability 0</source>
            <translation>δ = 1e-7인 이유: 정답 클래스의 확률이 0</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="88" />
            <source>Deep Learning from Scratch, section 4.2.2: delta = 1e-7 guards log(0)</source>
            <translation>『밑바닥부터 시작하는 딥러닝』 4.2.2절: delta = 1e-7이 log(0)을 막음</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="93" />
            <source>The book's y with the label 3, whose probability is 0.0: log(0) = -inf, so without δ the loss is inf. With δ = 1e-7 it is -log(1e-7) = 16.11809565095832, large but finite, so training can go on.</source>
            <translation>책의 y에 레이블 3을 준 경우로, 그 확률은 0.0입니다: log(0) = -inf이므로 δ가 없으면 손실은 inf입니다. δ = 1e-7이면 -log(1e-7) = 16.11809565095832로, 크지만 유한하므로 학습을 계속할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNIST 학습</translation>
        </message>
        <message>
            <source>Train a small network on MNIST and watch loss and accuracy (chapters 4 to 6)</source>
            <translation type="vanished">작은 신경망을 MNIST로 학습시키고 손실과 정확도 보기 (4~6장)</translation>
        </message>
        <message>
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, MNIST training</source>
            <translation type="vanished">Ctrl+1, Ctrl+2, Ctrl+3	손실 함수, 경사 하강법, MNIST 학습</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="43" />
            <source>Loss functions</source>
            <extracomment>(key, untranslated title, module, class). Titles are translated at display time.</extracomment>
            <translation>손실 함수</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="44" />
            <source>Gradient descent</source>
            <translation>경사 하강법</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="45" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="50" />
            <source>Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)</source>
            <extracomment>Short descriptions shown as tooltips on the panel tabs.</extracomment>
            <translation>10개 클래스 출력으로 오차제곱합과 교차 엔트로피 오차를 살펴보기 (책 4.2절)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="52" />
            <source>Watch gradient descent and the optimizers of chapter 6 walk down a loss surface</source>
            <translation>경사 하강법과 6장의 최적화 기법이 손실 곡면을 내려가는 모습 보기</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="54" />
            <source>Train on MNIST or Fashion-MNIST; keep, compare, rewind and fork runs (chapters 4-7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/main_window.py" line="117" />
            <source>dlfs-studio</source>
            <translation>dlfs-studio</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="129" />
            <source>Choose a panel (Ctrl+1, Ctrl+2, Ctrl+3)</source>
            <translation>패널 선택 (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="146" />
            <source>Ready</source>
            <translation>준비됨</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="157" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="158" />
            <source>Export &amp;image…</source>
            <translation>이미지 내보내기(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="159" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="160" />
            <source>Save a plot of the current panel as PNG or SVG</source>
            <translation>현재 패널의 그래프를 PNG 또는 SVG로 저장</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="165" />
            <source>Export &amp;data…</source>
            <translation>데이터 내보내기(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="166" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="167" />
            <source>Save the data behind a plot of the current panel as CSV</source>
            <translation>현재 패널 그래프의 데이터를 CSV로 저장</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="173" />
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="175" />
            <source>Close dlfs-studio</source>
            <translation>dlfs-studio 종료</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="179" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="180" />
            <source>&amp;Presentation mode</source>
            <translation>프레젠테이션 모드(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="182" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="184" />
            <source>Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)</source>
            <translation>프로젝터용 큰 글꼴과 굵은 선. 보조 컨트롤은 숨깁니다 (F5 또는 Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="188" />
            <source>&amp;Full screen</source>
            <translation>전체 화면(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="191" />
            <source>Use the whole screen (F11)</source>
            <translation>화면 전체 사용 (F11)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="204" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="205" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>키보드 단축키(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="207" />
            <source>List the keyboard shortcuts</source>
            <translation>키보드 단축키 목록</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="210" />
            <source>&amp;About dlfs-studio</source>
            <translation>dlfs-studio 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="211" />
            <source>About this application</source>
            <translation>이 애플리케이션 정보</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="264" />
            <source>This panel failed to switch presentation mode</source>
            <translation>이 패널에서 프레젠테이션 모드를 전환하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="315" />
            <source>A panel failed to switch presentation mode</source>
            <translation>어떤 패널에서 프레젠테이션 모드를 전환하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="317" />
            <source>Presentation mode on (F5 to leave)</source>
            <translation>프레젠테이션 모드 켜짐 (F5로 종료)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="317" />
            <source>Presentation mode off</source>
            <translation>프레젠테이션 모드 꺼짐</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="328" />
            <source>A panel failed to switch theme</source>
            <translation>어떤 패널에서 테마를 전환하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="354" />
            <location filename="../../app/main_window.py" line="365" />
            <source>Saved %1</source>
            <translation>%1 저장됨</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="378" />
            <location filename="../../app/main_window.py" line="388" />
            <source>This panel has nothing to export yet.</source>
            <translation>이 패널에는 아직 내보낼 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="384" />
            <source>No export target named %1</source>
            <translation>이름이 %1인 내보내기 대상이 없습니다</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="393" />
            <source>Which one?</source>
            <translation>어느 것을 저장할까요?</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="413" />
            <source>Export image</source>
            <translation>이미지 내보내기</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="417" />
            <source>PNG image (*.png)</source>
            <translation>PNG 이미지 (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="417" />
            <source>SVG vector image (*.svg)</source>
            <translation>SVG 벡터 이미지 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="428" />
            <source>Export data</source>
            <translation>데이터 내보내기</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="433" />
            <source>CSV table (*.csv)</source>
            <translation>CSV 표 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="447" />
            <location filename="../../app/main_window.py" line="460" />
            <source>Export failed</source>
            <translation>내보내기 실패</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="461" />
            <source>Could not save %1:
%2</source>
            <translation>%1을(를) 저장할 수 없습니다:
%2</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="469" />
            <source>F5 or Ctrl+P	Presentation mode on/off</source>
            <translation>F5 또는 Ctrl+P	프레젠테이션 모드 켜기/끄기</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="470" />
            <source>F11	Full screen on/off</source>
            <translation>F11	전체 화면 켜기/끄기</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="471" />
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/main_window.py" line="472" />
            <source>Ctrl+E	Export image (PNG, SVG)</source>
            <translation>Ctrl+E	이미지 내보내기 (PNG, SVG)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="473" />
            <source>Ctrl+Shift+E	Export data (CSV)</source>
            <translation>Ctrl+Shift+E	데이터 내보내기 (CSV)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="474" />
            <source>F1	This list</source>
            <translation>F1	이 목록</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="475" />
            <source>Ctrl+Q	Quit</source>
            <translation>Ctrl+Q	종료</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="481" />
            <source>Keyboard shortcuts</source>
            <translation>키보드 단축키</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="490" />
            <source>About dlfs-studio</source>
            <translation>dlfs-studio 정보</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="491" />
            <source>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;A desktop lab for learning how neural networks learn, after &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Saito, 2016).&lt;/p&gt;&lt;p&gt;Loss functions, gradient descent and MNIST training, computed by a small NumPy engine you can read.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;신경망이 학습하는 원리를 직접 살펴보는 데스크톱 실험실입니다. &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt;(사이토 고키, 2016)을 따릅니다.&lt;/p&gt;&lt;p&gt;손실 함수, 경사 하강법, MNIST 학습을 읽기 쉬운 작은 NumPy 엔진으로 계산합니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="525" />
            <source>Closing dlfs-studio discards it.</source>
            <translation>dlfs-studio를 종료하면 사라집니다.</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="535" />
            <source>Not closed: the training is kept.</source>
            <translation>종료하지 않았습니다. 학습 내용은 유지됩니다.</translation>
        </message>
    </context>
    <context>
        <name>NumDiffView</name>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="61" />
            <source>f(x) = 0.01·x² + 0.1·x   (the book's function_1)</source>
            <extracomment>Errors of exactly 0 cannot be drawn on a log axis; they are drawn at this floor instead.</extracomment>
            <translation>f(x) = 0.01·x² + 0.1·x   (책의 function_1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="63" />
            <source>The example function of section 4.3.2.</source>
            <translation>4.3.2절의 예제 함수.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="67" />
            <source>The point x where the derivative is estimated; or drag the vertical line.</source>
            <translation>미분을 추정할 점 x. 세로선을 끌어도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="70" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="72" />
            <source>The step h of the difference, from 1e-1 down to 1e-50.</source>
            <translation>차분의 간격 h (1e-1부터 1e-50까지).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="74" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="82" />
            <source>The exact derivative 0.02·x + 0.1.</source>
            <translation>정확한 도함수 0.02·x + 0.1.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="83" />
            <source>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, in full.</source>
            <translation>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, 전체 정밀도.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="84" />
            <source>core.gradient.forward_diff: (f(x+h) − f(x)) / h, in full.</source>
            <translation>core.gradient.forward_diff: (f(x+h) − f(x)) / h, 전체 정밀도.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="85" />
            <source>true f′(x)</source>
            <translation>참값 f′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="86" />
            <source>central</source>
            <translation>중심 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="87" />
            <source>forward</source>
            <translation>전방 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="94" />
            <source>The book's tangents use h = 1e-4 (numerical_diff's default).</source>
            <translation>책의 접선은 h = 1e-4를 씁니다 (numerical_diff의 기본값).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="97" />
            <source>The book's tangents (h = 1e-4):
x = 5:  slope {0}
x = 10: slope {1}</source>
            <translation>책의 접선 (h = 1e-4):
x = 5:  기울기 {0}
x = 10: 기울기 {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="107" />
            <source>f(x) with its tangent lines; drag the vertical line to move x.</source>
            <translation>f(x)와 접선. 세로선을 끌어 x를 옮깁니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="112" />
            <source>f(x) and tangents</source>
            <translation>f(x)와 접선</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="119" />
            <source>tangent at x = {0:g}</source>
            <translation>x = {0:g}에서의 접선</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="121" />
            <source>tangent at x (current h)</source>
            <translation>x에서의 접선 (현재 h)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="123" />
            <source>Drag to move x.</source>
            <translation>끌어서 x 이동.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="132" />
            <source>Error of the estimates against h, both axes logarithmic; the dots mark the current h.</source>
            <translation>h에 따른 추정값의 오차 (두 축 모두 로그 눈금). 점은 현재 h입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="137" />
            <source>|estimate − true|</source>
            <translation>|추정값 − 참값|</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="138" />
            <source>Error against h</source>
            <translation>h에 따른 오차</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="142" />
            <source>forward difference</source>
            <translation>전방 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="143" />
            <source>central difference</source>
            <translation>중심 차분</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="150" />
            <source>book's h = 1e-4 →</source>
            <translation>책의 h = 1e-4 →</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="157" />
            <source>x + h == x to the left</source>
            <translation>왼쪽은 x + h == x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="249" />
            <source>x + h == x in float64: h = {0} is lost when added to x = {1} (rounding), so f(x+h) − f(x−h) = 0 and the estimate is {2}. Too small an h fails.</source>
            <translation>float64에서 x + h == x: h = {0}을(를) x = {1}에 더하면 반올림으로 사라지므로 f(x+h) − f(x−h) = 0이 되고 추정값은 {2}입니다. h가 너무 작으면 실패합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="254" />
            <source>h is large: the forward difference is off by about 0.01·h (truncation error); the central difference cancels it for this quadratic.</source>
            <translation>h가 큽니다: 전방 차분은 약 0.01·h만큼 어긋납니다 (절단 오차). 이 2차 함수에서는 중심 차분이 그 오차를 상쇄합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="258" />
            <source>Rounding noise: f(x+h) and f(x−h) agree in most of their digits, so their difference has few correct digits left.</source>
            <translation>반올림 잡음: f(x+h)와 f(x−h)는 대부분의 자릿수가 같으므로, 그 차이에는 올바른 자릿수가 거의 남지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="262" />
            <source>Good: around h = 1e-4 (the book's choice) truncation and rounding errors are both small.</source>
            <translation>좋습니다: h = 1e-4(책의 선택) 근처에서는 절단 오차와 반올림 오차가 모두 작습니다.</translation>
        </message>
    </context>
    <context>
        <name>PanelDialogs</name>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="42" />
            <source>Folder holding the four IDX files</source>
            <translation>IDX 파일 4개가 있는 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="49" />
            <location filename="../../app/panels/training/dialogs.py" line="62" />
            <source>Loading %1 clears the results of this network.</source>
            <translation>%1을(를) 불러오면 이 신경망의 결과가 지워집니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="57" />
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation>mnist/와 fashion-mnist/가 있는 폴더</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="74" />
            <source>The dataset could not be loaded: %1</source>
            <translation>데이터셋을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="76" />
            <source>The dataset could not be loaded: %1: %2</source>
            <translation>데이터셋을 불러올 수 없습니다: %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="94" />
            <source>Save model</source>
            <translation>모델 저장</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="95" />
            <location filename="../../app/panels/training/dialogs.py" line="113" />
            <source>NumPy model (*.npz)</source>
            <translation>NumPy 모델 (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="106" />
            <source>Could not save the model: %1</source>
            <translation>모델을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="108" />
            <source>Saved the model to %1.</source>
            <translation>모델을 %1에 저장했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="112" />
            <source>Load model</source>
            <translation>모델 불러오기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="123" />
            <location filename="../../app/panels/training/dialogs.py" line="130" />
            <source>Could not load the model: %1</source>
            <translation>모델을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="138" />
            <source>Model %1 loaded.</source>
            <translation>모델 %1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="140" />
            <source>Loaded %1; Start trains it further.</source>
            <translation>%1을(를) 불러왔습니다. ‘시작’을 누르면 계속 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="172" />
            <source>Deleting it discards it.</source>
            <translation>삭제하면 사라집니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="178" />
            <source>Folder to save the runs in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="183" />
            <source>Session folder to open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="195" />
            <source>A training run on %1 is going on (iteration %2 of %3); its network is not saved.</source>
            <translation>%1 학습이 진행 중입니다 (반복 %2 / %3). 그 신경망은 저장되지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="215" />
            <source>Unsaved network</source>
            <translation>저장하지 않은 신경망</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="216" />
            <source>Save the network first?</source>
            <translation>먼저 신경망을 저장할까요?</translation>
        </message>
    </context>
    <context>
        <name>PanelLoadError</name>
        <message>
            <location filename="../../app/main_window.py" line="75" />
            <source>The panel “%1” could not be loaded:</source>
            <translation>패널 “%1”을(를) 불러올 수 없습니다:</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="37" />
            <source>Reset: go back to the start point (step 0).</source>
            <translation>초기화: 시작점(스텝 0)으로 돌아갑니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="39" />
            <source>Step back: return exactly to the previous step.</source>
            <translation>한 스텝 뒤로: 이전 스텝으로 정확히 돌아갑니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="40" />
            <location filename="../../app/panels/descent/playback.py" line="102" />
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="41" />
            <source>Play or pause the animation.</source>
            <translation>애니메이션 재생 또는 일시 정지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="43" />
            <source>Single step forward: take one optimizer update.</source>
            <translation>한 스텝 앞으로: 매개변수를 한 번 갱신합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="49" />
            <source>Speed (steps/s)</source>
            <translation>속도 (스텝/초)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="52" />
            <source>Animation speed in steps per second.</source>
            <translation>애니메이션 속도 (초당 스텝 수).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="99" />
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
    </context>
    <context>
        <name>RaceView</name>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="102" />
            <source>Book figure 6-8</source>
            <extracomment>The book's figure 6-8: surface, start, steps and learning rates (optimizer_compare_naive.py). The four panels of the book's figure, in its order.</extracomment>
            <translation>책의 그림 6-8</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="103" />
            <source>Chapter 6's comparison: x²/20 + y² from (-7, 2), 30 steps, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.</source>
            <translation>6장의 비교: x²/20 + y², 시작점 (-7, 2), 30스텝, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="121" />
            <source>Include {0} in the race.</source>
            <translation>{0}을(를) 경주에 포함합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="124" />
            <source>Learning rate of {0}, used exactly as typed.</source>
            <translation>{0}의 학습률. 입력한 값 그대로 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="132" />
            <source>Optimizer and learning rate</source>
            <translation>최적화 기법과 학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="133" />
            <source>Each optimizer's learning rate; other hyperparameters keep the book's defaults.</source>
            <translation>최적화 기법별 학습률. 다른 하이퍼파라미터는 책의 기본값을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="138" />
            <source>Number of updates for every optimizer.</source>
            <translation>모든 최적화 기법의 갱신 횟수.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="140" />
            <source>Steps</source>
            <translation>스텝 수</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="142" />
            <source>analytic (like chapter 6)</source>
            <translation>해석적 (6장과 같음)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="143" />
            <source>numerical (h = 1e-4)</source>
            <translation>수치 미분 (h = 1e-4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="144" />
            <source>Which gradient drives the updates; chapter 6 uses the formula.</source>
            <translation>갱신에 사용할 기울기. 6장은 수식을 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="146" />
            <source>Gradient</source>
            <translation>기울기</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="150" />
            <source>Start x0 for every optimizer; or click the plot.</source>
            <translation>모든 최적화 기법의 시작점 x0. 그래프를 클릭해도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="153" />
            <source>Start x1 for every optimizer; or click the plot.</source>
            <translation>모든 최적화 기법의 시작점 x1. 그래프를 클릭해도 됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="157" />
            <source>Start</source>
            <translation>시작점</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="160" />
            <source>The finish line: a racer finishes when f(x) ≤ ε.</source>
            <translation>결승선: f(x) ≤ ε가 되면 도착합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="162" />
            <source>ε (finish)</source>
            <translation>ε (결승선)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="168" />
            <source>One plot</source>
            <translation>그래프 하나</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="169" />
            <source>All racers on one plot.</source>
            <translation>모든 참가자를 그래프 하나에 표시합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="170" />
            <source>2×2 like the book</source>
            <translation>책처럼 2×2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="171" />
            <source>Four small plots like figure 6-8: SGD, Momentum, AdaGrad, Adam.</source>
            <translation>그림 6-8처럼 작은 그래프 4개: SGD, Momentum, AdaGrad, Adam.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="189" />
            <source>The race's current step.</source>
            <translation>경주의 현재 스텝.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="191" />
            <source>Click to set the common start point.</source>
            <translation>클릭해 공통 시작점을 정합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="213" />
            <source>Figure 6-8: each optimizer's path on x²/20 + y².</source>
            <translation>그림 6-8: x²/20 + y² 위에서 각 최적화 기법의 경로.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="235" />
            <source>Leaderboard</source>
            <translation>순위표</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="238" />
            <source>optimizer</source>
            <translation>최적화 기법</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="238" />
            <source>lr</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="239" />
            <source>steps</source>
            <translation>스텝</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="239" />
            <source>f now</source>
            <translation>현재 f</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="240" />
            <source>Steps until f(x) ≤ ε for the first time.</source>
            <translation>처음으로 f(x) ≤ ε가 될 때까지의 스텝 수.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="247" />
            <source>Who reaches f ≤ ε first (fewest steps); the rest ordered by their current f. Hover a number for full precision.</source>
            <translation>f ≤ ε에 먼저(더 적은 스텝으로) 도달한 순서이고, 나머지는 현재 f 순입니다. 숫자에 마우스를 올리면 전체 정밀도로 보입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="403" />
            <source>{0} (not in the race)</source>
            <translation>{0} (불참)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="411" />
            <source>Tick at least one optimizer to start a race.</source>
            <translation>경주를 시작하려면 최적화 기법을 하나 이상 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="413" />
            <source>step {0} of {1}   ·   start {2}   ·   {3}</source>
            <translation>스텝 {0} / {1}   ·   시작점 {2}   ·   {3}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="445" />
            <source>diverged</source>
            <translation>발산</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="447" />
            <source>not yet</source>
            <translation>아직</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="460" />
            <source>ε = {0}; a racer finishes at the first step with f(x) ≤ ε (core.descent.steps_to_reach).</source>
            <translation>ε = {0}. f(x) ≤ ε가 되는 첫 스텝에서 도착합니다 (core.descent.steps_to_reach).</translation>
        </message>
    </context>
    <context>
        <name>RunButtons</name>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start</source>
            <translation>시작점</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <source>Train a new run with these settings; the runs before it are kept (a selected loaded model is trained further)  [Space]</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Step</source>
            <translation>한 스텝</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Train exactly one mini-batch, then pause  [→]</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="34" />
            <source>Save the network shown as .npz (once it has been trained or loaded)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>iteration</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="47" />
            <source>train acc</source>
            <translation>훈련 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="47" />
            <source>test acc</source>
            <translation>시험 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="48" />
            <source>Every run is kept until you delete it: tick to overlay its curves, click to inspect it, double-click its name to rename it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="62" />
            <source>Delete run</source>
            <translation>실행 삭제</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="63" />
            <source>Forget the selected run (asks first when it is not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="65" />
            <source>Save runs…</source>
            <translation>실행 저장…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="66" />
            <source>Save the runs (settings, curves, checkpoints) as a session folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="68" />
            <source>Open runs…</source>
            <translation>실행 열기…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="69" />
            <source>Open a session folder saved by the app or by dlfs train --session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="91" />
            <source>Tick to show this run's curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="110" />
            <source>ready</source>
            <translation>준비됨</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="110" />
            <source>running</source>
            <translation>학습 중</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="110" />
            <source>paused</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>finished</source>
            <translation>완료</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>diverged</source>
            <translation>발산</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="112" />
            <source>loaded</source>
            <translation>불러옴</translation>
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
            <translation>훈련 때 삭제하는 은닉 뉴런의 비율, 0~0.99 (6.4.3절, 6장 프리셋 전용)</translation>
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
            <translation>최적화 기법 고유의 설정을 name=value 쌍으로 입력합니다. 예: momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam). 비워 두면 회색으로 표시된 책의 값을 씁니다</translation>
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
        <name>StatusStrip</name>
        <message>
            <location filename="../../app/panels/training/status.py" line="34" />
            <source>Load a dataset to begin.</source>
            <translation>데이터셋을 불러와 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="35" />
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation>반복, 에폭, 학습 속도, 경과 시간과 남은 시간</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="44" />
            <source>Share of the run done (its mini-batches, then its last evaluation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="48" />
            <source>What happened last (errors, divergence, results)</source>
            <translation>마지막으로 일어난 일 (오류, 발산, 결과)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="78" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation>반복 %1 / %2 · 에폭 %3 · %4장/초 · 남은 시간 %5</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="83" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation>반복 %1 / %2 · 에폭 %3 · %4장/초 · 경과 %5 · 남은 시간 %6 · 학습률 %7</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="98" />
            <source>Iteration %1 / %1 · evaluating the final network on the training and test images…</source>
            <translation>반복 %1 / %1 · 최종 신경망을 훈련·시험 이미지로 평가 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="106" />
            <source>evaluating %p% · about %1 left</source>
            <translation>평가 중 %p% · 약 %1 남음</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="107" />
            <source>evaluating…</source>
            <translation>평가 중…</translation>
        </message>
    </context>
    <context>
        <name>StepLedger</name>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="66" />
            <source>∂f/∂x0 numerical</source>
            <extracomment>Column names as shown (translated); CSV headers stay in BASE's stable English form.</extracomment>
            <translation>∂f/∂x0 수치</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="67" />
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 해석적</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="68" />
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 수치</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="69" />
            <source>∂f/∂x1 analytic</source>
            <translation>∂f/∂x1 해석적</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="70" />
            <source>step x0</source>
            <translation>스텝 x0</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="71" />
            <source>step x1</source>
            <translation>스텝 x1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="156" />
            <source>Right-click the column titles to choose the columns.</source>
            <translation>열 제목을 오른쪽 클릭해 표시할 열을 고릅니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="161" />
            <source>Step number k (0 is the start point).</source>
            <translation>스텝 번호 k (0은 시작점).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>First coordinate of the point x_k.</source>
            <translation>점 x_k의 첫 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>Second coordinate of the point x_k.</source>
            <translation>점 x_k의 두 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="163" />
            <source>Function value f(x_k).</source>
            <translation>함숫값 f(x_k).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="164" />
            <source>Central-difference estimate of ∂f/∂x0 at x_k (core.gradient.numerical_gradient).</source>
            <translation>x_k에서 ∂f/∂x0의 중심 차분 추정값 (core.gradient.numerical_gradient).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="165" />
            <source>Exact ∂f/∂x0 at x_k from the surface's formula.</source>
            <translation>곡면의 수식으로 구한 x_k에서의 정확한 ∂f/∂x0.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="166" />
            <source>Central-difference estimate of ∂f/∂x1 at x_k.</source>
            <translation>x_k에서 ∂f/∂x1의 중심 차분 추정값.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="167" />
            <source>Exact ∂f/∂x1 at x_k from the surface's formula.</source>
            <translation>곡면의 수식으로 구한 x_k에서의 정확한 ∂f/∂x1.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="168" />
            <source>Step taken from x_k to x_(k+1), first coordinate.</source>
            <translation>x_k에서 x_(k+1)로 이동한 스텝, 첫 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="169" />
            <source>Step taken from x_k to x_(k+1), second coordinate.</source>
            <translation>x_k에서 x_(k+1)로 이동한 스텝, 두 번째 좌표.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="172" />
            <source>Optimizer state (velocity v, squared-gradient sum h, Adam's m and v) before this update.</source>
            <translation>이 갱신 전의 최적화 기법 상태 (속도 v, 기울기 제곱합 h, Adam의 m과 v).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="258" />
            <source>Every step: point, value, numerical and exact gradient, step and optimizer state; hover a cell for full precision, Ctrl+C copies it exactly.</source>
            <translation>모든 스텝: 점, 함숫값, 수치·정확한 기울기, 스텝, 최적화 기법 상태. 셀에 마우스를 올리면 전체 정밀도로 보이고, Ctrl+C로 정확히 복사합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="260" />
            <source>Copy with full precision</source>
            <translation>전체 정밀도로 복사</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="265" />
            <source>Columns</source>
            <translation>열</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="334" />
            <source>Show all columns</source>
            <translation>모든 열 표시</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="335" />
            <source>Fit column widths</source>
            <translation>열 너비 맞추기</translation>
        </message>
    </context>
    <context>
        <name>SurfacePicker</name>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="77" />
            <source>custom: type f(x0, x1)…</source>
            <extracomment>Display names of the optimizers (keys are core's). Steps recomputed synchronously when a parameter changes; beyond this the cursor is clamped.</extracomment>
            <translation>사용자 정의: f(x0, x1) 입력…</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="80" />
            <source>Choose the function to descend, or 'custom' to type your own.</source>
            <translation>내려갈 함수를 고르거나, '사용자 정의'를 골라 직접 입력합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="85" />
            <source>e.g. x0**2 + 3*sin(x1)</source>
            <translation>예: x0**2 + 3*sin(x1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="86" />
            <source>Type a function of x0 and x1 and press Enter; it is parsed safely by core (never evaluated as Python).</source>
            <translation>x0과 x1의 함수를 입력하고 Enter를 누르세요. core가 안전하게 해석합니다 (Python으로 실행하지 않음).</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="88" />
            <source>Use</source>
            <translation>사용</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="89" />
            <source>Draw and descend the typed function.</source>
            <translation>입력한 함수를 그리고 내려갑니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="162" />
            <source> at character {0}</source>
            <translation> ({0}번째 문자)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="163" />
            <source>Not used{0}: {1}. The previous surface stays drawn.</source>
            <translation>사용하지 않음{0}: {1}. 이전 곡면이 그대로 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>Surfaces</name>
        <message>
            <location filename="../../core/surfaces.py" line="125" />
            <source>The book's function_2 (section 4.4): a round bowl with its minimum at the origin.</source>
            <translation>책의 function_2 (4.4절): 원점에 최솟값이 있는 둥근 그릇 모양.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="128" />
            <source>Chapter 6's elongated bowl f(x, y) = x**2/20 + y**2: steep in y, flat in x, where plain SGD zig-zags.</source>
            <translation>6장의 길쭉한 그릇 모양 f(x, y) = x**2/20 + y**2: y 방향은 가파르고 x 방향은 완만해서 기본 SGD가 지그재그로 움직입니다.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="132" />
            <source>Rosenbrock's banana valley: easy to reach the valley, slow to follow it to (1, 1).</source>
            <translation>Rosenbrock의 바나나 모양 골짜기: 골짜기에 닿기는 쉽지만, 골짜기를 따라 (1, 1)까지 가는 데는 오래 걸립니다.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="136" />
            <source>Himmelblau's function: four equal minima; where you end up depends on the start.</source>
            <translation>Himmelblau 함수: 똑같은 최솟값이 네 개 있어, 어디에 도착할지는 시작점에 따라 달라집니다.</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="139" />
            <source>A saddle point at the origin: the gradient vanishes there but it is no minimum; the surface has no minimum at all (it falls without bound along x1).</source>
            <translation>원점에 안장점이 있습니다: 그곳에서 기울기가 0이 되지만 최솟값은 아닙니다. 이 곡면에는 최솟값이 아예 없습니다 (x1 방향으로 한없이 내려갑니다).</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="144" />
            <source>Beale's function: flat plateaus and sharp ridges, minimum at (3, 0.5).</source>
            <translation>Beale 함수: 평평한 고원과 날카로운 능선, 최솟값은 (3, 0.5).</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="156" />
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="157" />
            <source>Drag back through the run: the weights, histograms, errors and the drawing pad show the network at that checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="168" />
            <source>The checkpoint shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="170" />
            <source>Fork from here…</source>
            <translation>여기서 분기…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="171" />
            <source>Start a new run from this checkpoint with some settings changed; it shares this run's history up to here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="206" />
            <source>no checkpoint yet</source>
            <translation>체크포인트 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="208" />
            <source>Iteration %1 / %2</source>
            <translation>반복 %1 / %2</translation>
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
            <translation type="vanished">훈련 때 삭제하는 은닉 뉴런의 비율, 0~0.99 (6.4.3절, 6장 프리셋 전용)</translation>
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
            <translation type="vanished">최적화 기법 고유의 설정을 name=value 쌍으로 입력합니다. 예: momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam). 비워 두면 회색으로 표시된 책의 값을 씁니다</translation>
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
            <source>Save model…</source>
            <translation type="vanished">모델 저장…</translation>
        </message>
        <message>
            <source>Save the trained network as .npz (once it has been trained or loaded: an untrained network is just its seed)</source>
            <translation type="vanished">학습한 신경망을 .npz로 저장합니다 (학습하거나 불러온 뒤에만: 학습하지 않은 신경망은 시드일 뿐입니다)</translation>
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
            <translation type="vanished">그림에 대한 현재 신경망의 softmax 확률</translation>
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
            <location filename="../../app/panels/training/controller.py" line="136" />
            <source>The run on %1 was stopped at iteration %2; its results were cleared.</source>
            <translation>%1 학습을 반복 %2에서 정지했고, 그 결과를 지웠습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="139" />
            <source>The results of the run on %1 were cleared.</source>
            <translation>%1 학습의 결과를 지웠습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="159" />
            <source>Loading %1…</source>
            <translation>%1 불러오는 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="180" />
            <source>Loaded %1.</source>
            <translation>%1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="230" />
            <location filename="../../app/panels/training/panel.py" line="498" />
            <location filename="../../app/panels/training/sessions.py" line="85" />
            <source>Load a dataset first.</source>
            <translation>먼저 데이터셋을 불러오세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="249" />
            <source>Only runs trained in this view can be forked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="287" />
            <source>Training the loaded model further.</source>
            <translation>불러온 모델을 계속 학습합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="289" />
            <source>Training %1, a fork of %2 from iteration %3…</source>
            <translation>%1 학습 중(%2의 반복 %3에서 분기)…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="291" />
            <location filename="../../app/panels/training/controller.py" line="442" />
            <source>Training…</source>
            <translation>학습 중…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="327" />
            <source>Learning rate set to %1 from iteration %2.</source>
            <translation>반복 %2부터 학습률을 %1로 설정했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="342" />
            <source>Switched to %1 (fresh optimizer state).</source>
            <translation>%1(으)로 전환했습니다 (최적화 기법 상태 초기화).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="387" />
            <source>Stop the run before deleting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="454" />
            <source>Paused at iteration %1.</source>
            <translation>반복 %1에서 일시 정지.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="460" />
            <location filename="../../app/panels/training/controller.py" line="573" />
            <source>Stopped at iteration %1; the network keeps what it learned.</source>
            <translation>반복 %1에서 정지했습니다. 신경망은 학습한 내용을 유지합니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="472" />
            <source>the loss diverged</source>
            <translation>손실이 발산했습니다</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="485" />
            <source>Weight decay λ = %1 is too strong: its term 0.5·λ·ΣW² is %2 at the start and lr·λ = %3 (above 1, each step flips and grows the weights). Lower λ (the book uses 0.1 or less).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="489" />
            <source>The loss was far too large from the first mini-batch (%1, where a fresh network starts near %2): the initial weights (init %3) are too large. Try 0.01, or He / Xavier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="493" />
            <source>Try a smaller learning rate (e.g. a tenth of %1) and start again.</source>
            <translation>학습률을 줄여서(예: %1의 10분의 1) 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="495" />
            <source>Training stopped: %1.</source>
            <translation>학습이 중지되었습니다: %1.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="515" />
            <source>The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must hold finite numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="540" />
            <source>The book reports about %1.</source>
            <translation>책에서는 약 %1입니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="556" />
            <source>Training failed: %1</source>
            <translation>학습 실패: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="701" />
            <source>%1, iteration %2</source>
            <translation>%1, 반복 %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="710" />
            <source>Nothing to save yet: train the network (or load a model) first.</source>
            <translation>아직 저장할 것이 없습니다: 먼저 신경망을 학습하세요 (또는 모델을 불러오세요).</translation>
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
            <location filename="../../app/panels/training/exports.py" line="42" />
            <source>There is no confusion matrix yet: it is computed when a run ends (and after each epoch while the Errors tab is open).</source>
            <translation>아직 혼동 행렬이 없습니다: 학습이 끝날 때 계산됩니다 (‘오답’ 탭이 열려 있으면 에폭마다 계산).</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="50" />
            <source>There are no activation histograms yet: they are computed while training and when a run ends.</source>
            <translation>아직 활성화값 분포가 없습니다: 학습 중과 학습이 끝날 때 계산됩니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="87" />
            <source>Loss curve</source>
            <translation>손실 곡선</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="88" />
            <source>Accuracy per epoch</source>
            <translation>에폭별 정확도</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="89" />
            <source>Confusion matrix</source>
            <translation>혼동 행렬</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="91" />
            <source>Activation histograms</source>
            <translation>활성화값 분포</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="117" />
            <source>Views of the training runs</source>
            <extracomment>Widgets of the parts, reachable on the panel by the same names (tests, benchmarks, the main window).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="125" />
            <source>Curves</source>
            <translation>곡선</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="125" />
            <source>Loss per mini-batch and accuracy per epoch of every visible run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="127" />
            <source>Weights &amp;&amp; activations</source>
            <translation>가중치와 활성화값</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="128" />
            <source>First-layer weights as images and the distribution of hidden activations</source>
            <translation>첫 번째 층의 가중치 이미지와 은닉층 활성화값 분포</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="129" />
            <source>Errors</source>
            <translation>오답</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="129" />
            <source>Confusion matrix and the most confident mistakes on the test set</source>
            <translation>혼동 행렬과 시험 데이터에서 가장 확신한 오답</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="131" />
            <source>Draw</source>
            <translation>그리기</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="131" />
            <source>Draw and see what the network shown thinks it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="132" />
            <source>Gradient check</source>
            <translation>기울기 확인</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="133" />
            <source>Compare backprop with the numerical gradient (book section 5.7.3)</source>
            <translation>오차역전파법과 수치 미분 기울기 비교 (책 5.7.3절)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="276" />
            <source>Reset: weights initialised from seed %1; the previous runs stay in the list.</source>
            <translation>리셋: 시드 %1로 가중치를 초기화했습니다. 이전 실행은 목록에 남습니다.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="317" />
            <source>Fork of %1 from iteration %2: change the learning rate, the optimizer or weight decay, then press Start fork.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="348" />
            <source>%1: %2 training and %3 test images from %4</source>
            <translation>%1: 훈련 이미지 %2장, 시험 이미지 %3장 (%4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="354" />
            <source>Labels: %1</source>
            <translation>레이블: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="360" />
            <source>%1 loaded (%2 training and %3 test images): press Start to train.</source>
            <translation>%1을(를) 불러왔습니다 (훈련 이미지 %2장, 시험 이미지 %3장). ‘시작’을 눌러 학습하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="367" />
            <source>No dataset loaded</source>
            <translation>불러온 데이터셋 없음</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="368" />
            <source>Load a dataset to begin.</source>
            <translation>데이터셋을 불러와 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="403" />
            <source>%1 at iteration %2</source>
            <translation>%1(반복 %2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="411" />
            <source> — untrained network</source>
            <translation> — 학습되지 않은 신경망</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="520" />
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
            <location filename="../../app/panels/training/reference.py" line="50" />
            <source>(other settings: %1)</source>
            <translation>(설정이 다름: %1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="27" />
            <source>There is no run to save yet (loaded models are saved with Save model…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="31" />
            <source>Stop the run before saving the session.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="239" />
            <source>Confusion matrix (test set)</source>
            <translation>혼동 행렬 (시험 데이터)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="240" />
            <source>true label</source>
            <translation>정답 레이블</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="241" />
            <location filename="../../app/panels/training/views.py" line="266" />
            <source>predicted label</source>
            <translation>예측 레이블</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="270" />
            <source>predicted label (numbered as the rows)</source>
            <translation>예측 레이블(번호는 행과 같음)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="306" />
            <source>Network's probabilities</source>
            <translation>신경망의 확률</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="308" />
            <source>probability</source>
            <translation>확률</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="309" />
            <source>class</source>
            <translation>클래스</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="351" />
            <source>Activation histograms (test sample)</source>
            <translation>활성화값 분포 (시험 표본)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="352" />
            <source>share of units</source>
            <translation>뉴런 비율</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="353" />
            <source>activation value</source>
            <translation>활성화값</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="384" />
            <source>dead units %1%</source>
            <translation>죽은 뉴런 %1%</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="386" />
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
</TS>