<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActivationsView</name>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="20" />
            <source>step function</source>
            <translation>阶跃函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="21" />
            <source>sigmoid function</source>
            <translation>sigmoid函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="22" />
            <source>ReLU function</source>
            <translation>ReLU函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="23" />
            <source>identity function (output)</source>
            <translation>恒等函数（输出层）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="24" />
            <source>softmax function y₁ of (x, 0, 1) (output)</source>
            <translation>softmax函数：(x, 0, 1) 的 y₁（输出层）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="37" />
            <source>Activation functions (section 3.2) and the output functions (section 3.5). Solid: h(x); dashed: its derivative h′(x).</source>
            <translation>激活函数（3.2节）和输出层函数（3.5节）。实线：h(x)；虚线：其导数 h′(x)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="50" />
            <source>Show the derivatives</source>
            <translation>显示导数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="52" />
            <source>Dashed curves: the slope of each function</source>
            <translation>虚线：各函数的斜率</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="62" />
            <source>Type x, or drag the vertical line in the plot</source>
            <translation>输入 x，或拖动图中的竖线</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="73" />
            <source>h(x) and h′(x)</source>
            <translation>h(x) 和 h′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="89" />
            <source>Drag to move x</source>
            <translation>拖动以移动 x</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="139" />
            <source>function</source>
            <translation>函数</translation>
        </message>
    </context>
    <context>
        <name>BackpropController</name>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="31" />
            <source>The formula is empty: type one such as (x + y) * z.</source>
            <translation>公式为空：请输入例如 (x + y) * z 的公式。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="32" />
            <source>The formula is too long (%1 characters; at most %2).</source>
            <translation>公式太长（%1 个字符；最多 %2 个）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="34" />
            <source>Too many statements (at most %1).</source>
            <translation>语句太多（最多 %1 条）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="35" />
            <source>“%1” cannot be defined: a name starts with a letter or _ and has only letters, digits and _.</source>
            <translation>无法定义“%1”：名称以字母或 _ 开头，只能包含字母、数字和 _。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="37" />
            <source>“%1” is a function or constant and cannot be defined.</source>
            <translation>“%1”是函数或常数，不能定义。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="38" />
            <source>“%1” is defined twice.</source>
            <translation>“%1”被定义了两次。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="39" />
            <source>“%1” is used before its definition: define it first.</source>
            <translation>“%1”在定义之前就被使用了：请先定义它。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="40" />
            <source>“%1” cannot be defined from itself.</source>
            <translation>“%1”不能用自身来定义。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="41" />
            <source>“%1” is defined but the result does not use it.</source>
            <translation>“%1”已定义，但结果中没有用到。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="42" />
            <source>No value for %1.</source>
            <translation>缺少 %1 的值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="43" />
            <source>%1 does not appear in the formula.</source>
            <translation>%1 没有出现在公式中。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="44" />
            <source>The value of %1 is not a number.</source>
            <translation>%1 的值不是数字。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="45" />
            <source>The value of %1 must be a finite number.</source>
            <translation>%1 的值必须是有限的数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="48" />
            <source>The formula cannot be read: %1</source>
            <translation>无法读取公式：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="91" />
            <source>This graph has %1 nodes; the panel draws at most %2. Split it with definitions (t = …) or use “dlfs backprop” for a big formula.</source>
            <translation>此计算图有 %1 个节点；本面板最多绘制 %2 个。请用定义（t = …）拆分，或对大的公式使用“dlfs backprop”。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="126" />
            <source>Some values are not finite numbers (nan or inf) at these inputs: a division by zero or the log of a negative number?</source>
            <translation>在这些输入下有些值不是有限数（nan 或 inf）：是否除以了 0，或对负数取了 log？</translation>
        </message>
    </context>
    <context>
        <name>BackpropGradCheck</name>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="63" />
            <source>Tiny 2-3-2 network (the book's weights)</source>
            <translation>小型 2-3-2 网络（书中的权重）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="64" />
            <source>MNIST, 784-50-10, first 3 images (as the book)</source>
            <translation>MNIST，784-50-10，前 3 张图像（与书中相同）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="68" />
            <source>MNIST was not found: set DLFS_DATA or run “dlfs data --fetch mnist”.</source>
            <translation>未找到 MNIST：请设置 DLFS_DATA 或运行“dlfs data --fetch mnist”。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="72" />
            <source>Sigmoid</source>
            <translation>sigmoid</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="74" />
            <source>Entries per array</source>
            <translation>每个数组的元素数</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="78" />
            <source>How many entries of each parameter array are checked (chosen at random among those with a non-zero gradient)</source>
            <translation>每个参数数组检查的元素个数（从梯度不为 0 的元素中随机选取）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="89" />
            <source>The step h of the central difference, from 1e-10 (left) to 1e-1 (right)</source>
            <translation>中心差分的步长 h（从左边的 1e-10 到右边的 1e-1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="101" />
            <source>Array</source>
            <translation>数组</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="101" />
            <source>Shape</source>
            <translation>形状</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="101" />
            <source>Mean |difference|</source>
            <translation>平均 |差|</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="102" />
            <source>Max |difference|</source>
            <translation>最大 |差|</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="102" />
            <source>At a kink</source>
            <translation>折点处</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="126" />
            <source>step h</source>
            <translation>步长 h</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="127" />
            <source>mean |numerical − backprop|</source>
            <translation>平均 |数值微分 − 误差反向传播法|</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="128" />
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="245" />
            <source>Error against h: truncation on the right, rounding on the left</source>
            <translation>误差随 h 的变化：右边是截断误差，左边是舍入误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="159" />
            <source>Could not run the gradient check: %1</source>
            <translation>无法进行梯度确认：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="175" />
            <source>h = %1</source>
            <translation>h = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="191" />
            <source>%1 of %2</source>
            <translation>%2 个中 %1 个</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="203" />
            <source>The book checks with h = 1e-4 and prints the mean |difference| of each array; about 1e-10 or less means backprop is right.</source>
            <translation>书中用 h = 1e-4 进行确认，并输出每个数组的平均 |差|；约 1e-10 或更小说明误差反向传播法是正确的。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="207" />
            <source>%1 checked entries sit at a ReLU kink: moving the weight by ±h pushes a ReLU input across 0, so the central difference averages two slopes while backprop takes one. That difference is the kink's, not a bug; a smaller h avoids it.</source>
            <translation>所检查的元素中有 %1 个位于 ReLU 的折点：权重移动 ±h 会让 ReLU 的输入越过 0，因此中心差分取两个斜率的平均，而误差反向传播法只取其中一个。这个差来自折点，不是 bug；更小的 h 可以避免它。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="212" />
            <source>h is large: the truncation error (about h²) dominates. Move h to the right.</source>
            <translation>h 太大：截断误差（约 h²）占主导。请减小 h。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="214" />
            <source>h is small: f(x + h) and f(x − h) agree in almost every digit, so rounding errors of float64 (about 1e-16 / h) dominate. Move h to the left.</source>
            <translation>h 太小：f(x + h) 与 f(x − h) 几乎每一位都相同，因此 float64 的舍入误差（约 1e-16 / h）占主导。请增大 h。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="216" />
            <source>Smallest error on this network near h = %1; largest difference now %2.</source>
            <translation>此网络的误差在 h = %1 附近最小；当前最大差为 %2。</translation>
        </message>
    </context>
    <context>
        <name>BackpropGraph</name>
        <message>
            <location filename="../../app/panels/backprop/graph_view.py" line="194" />
            <source>local: %1</source>
            <translation>局部：%1</translation>
        </message>
    </context>
    <context>
        <name>BackpropGraphTab</name>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="45" />
            <source>Buying apples (figure 5-16)</source>
            <translation>购买苹果（图5-16）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="46" />
            <source>Apples and oranges (figure 5-17)</source>
            <translation>购买苹果和橘子（图5-17）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="47" />
            <source>Chain rule: z = t**2, t = x + y (figure 5-7)</source>
            <translation>链式法则：z = t**2, t = x + y（图5-7）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="48" />
            <source>(x + y) * z</source>
            <translation>(x + y) * z</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="49" />
            <source>exp(-x) (section 5.5.2)</source>
            <translation>exp(-x)（5.5.2节）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="50" />
            <source>Sigmoid 1 / (1 + exp(-x)) (figure 5-19)</source>
            <translation>sigmoid函数 1 / (1 + exp(-x))（图5-19）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="70" />
            <source>Load one of the book's graphs</source>
            <translation>载入书中的计算图</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="71" />
            <source>Your own formula</source>
            <translation>自己的公式</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="75" />
            <source>Formula (one statement per line; name = … defines a node):</source>
            <translation>公式（每行一条语句；名称 = … 定义一个节点）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="79" />
            <source>For example (x + y) * z, or t = x + y on one line and t**2 on the next. Functions: exp(), log(), sin(), cos(), tanh(), sigmoid(), relu(), sqrt(), abs()…</source>
            <translation>例如 (x + y) * z，或第一行 t = x + y、下一行 t**2。函数：exp(), log(), sin(), cos(), tanh(), sigmoid(), relu(), sqrt(), abs()…</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="135" />
            <source>The value of %1 (any finite number)</source>
            <translation>%1 的值（任意有限数）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="158" />
            <source>The value of %1 must be a finite number, such as 1.5.</source>
            <translation>%1 的值必须是有限数，例如 1.5。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="170" />
            <source>Your own graph. Step forward to compute each node, then backward to send the gradient back, node by node.</source>
            <translation>你自己的计算图。逐步前进：先正向传播计算每个节点，再反向传播逐个节点传回梯度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="179" />
            <source>the book prints int(%1) = %2</source>
            <translation>书中输出 int(%1) = %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="181" />
            <source>the book prints %1, the same</source>
            <translation>书中输出 %1，相同</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="183" />
            <source>the book prints %1 (the same number: %2)</source>
            <translation>书中输出 %1（同一个数：%2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Phase</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Node</source>
            <translation>节点</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Computation</source>
            <translation>计算</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>forward</source>
            <translation>正向传播</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>backward: start</source>
            <translation>反向传播：开始</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>backward</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="276" />
            <source>Each gradient from backprop against the book's numerical derivative (central difference, h = 1e-4)</source>
            <translation>误差反向传播法求出的各个梯度与书中数值微分（中心差分，h = 1e-4）的比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="282" />
            <source>Check against the numerical derivative (h = 1e-4)</source>
            <translation>用数值微分确认（h = 1e-4）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="284" />
            <source>Step to the end of the backward pass to compare every gradient with the numerical derivative.</source>
            <translation>把反向传播进行到最后，即可将每个梯度与数值微分比较。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="290" />
            <source>✓ agrees</source>
            <translation>✓ 一致</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="292" />
            <source>differs at a kink (relu/abs/step at 0): the numerical derivative averages the two sides; not a bug</source>
            <translation>在折点（relu/abs/step 在 0 处）不同：数值微分取两侧的平均；不是 bug</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="295" />
            <source>✗ differs by %1</source>
            <translation>✗ 相差 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="335" />
            <source>One step: the next node forward, then backward (Right arrow).</source>
            <translation>一步：下一个节点，先正向传播再反向传播（→ 键）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="336" />
            <source>One step back (Left arrow).</source>
            <translation>后退一步（← 键）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="337" />
            <source>Back to the start: only the inputs are known (Home).</source>
            <translation>回到开始：只知道输入（Home）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="338" />
            <source>Play or pause: forward node by node, then backward (Space).</source>
            <translation>播放或暂停：逐个节点正向传播，然后反向传播（空格键）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="358" />
            <source>Start: only the inputs are known. Step forward.</source>
            <translation>开始：只知道输入。请逐步前进。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="359" />
            <source>Forward pass: step %1 of %2</source>
            <translation>正向传播：第 %1 步，共 %2 步</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="360" />
            <source>Backward pass: step %1 of %2 (gradients in red)</source>
            <translation>反向传播：第 %1 步，共 %2 步（梯度为红色）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="361" />
            <source>Done: every gradient is known (%1 of %2 steps).</source>
            <translation>完成：所有梯度都已求出（第 %1 步，共 %2 步）。</translation>
        </message>
    </context>
    <context>
        <name>BackpropNetwork</name>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="63" />
            <source>Tiny 2-3-2 network (the book's weights, 2 samples)</source>
            <translation>小型 2-3-2 网络（书中的权重，2 个样本）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="64" />
            <source>MNIST mini-batch, 784-50-10 (untrained)</source>
            <translation>MNIST 的 mini-batch，784-50-10（未学习）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="65" />
            <source>The training panel's network on MNIST</source>
            <translation>训练面板中的网络（MNIST）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="66" />
            <source>Which network and which mini-batch to trace</source>
            <translation>要跟踪的网络和 mini-batch</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="70" />
            <source>Sigmoid</source>
            <translation>sigmoid</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="71" />
            <source>Activation function between the two Affine layers</source>
            <translation>两个 Affine 层之间的激活函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="73" />
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="78" />
            <source>Images in the mini-batch (the book's gradient check uses 3)</source>
            <translation>mini-batch 中的图像数（书中的梯度确认用 3 张）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="80" />
            <source>Sample</source>
            <translation>样本</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="82" />
            <source>The sample whose activations and gradients are drawn</source>
            <translation>绘制其激活值和梯度的样本</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="95" />
            <source>The tiny network's %1: rows separated by ';', numbers by ','</source>
            <translation>小型网络的 %1（行之间用 ; 分隔，数之间用 , 分隔）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="103" />
            <source>One step: the next layer forward, then backward (Right arrow).</source>
            <translation>一步：下一层，先正向传播再反向传播（→ 键）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="104" />
            <source>One step back (Left arrow).</source>
            <translation>后退一步（← 键）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="105" />
            <source>Back to the start: only the input is known (Home).</source>
            <translation>回到开始：只知道输入（Home）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="123" />
            <source>SoftmaxWithLoss sends back (y − t)/N, the gradient with respect to the scores a. The loss panel's ∂E/∂y = −t/(y + δ) is the gradient with respect to the softmax output y; passing it back through the softmax node gives (y − t)/N (section 5.6.3).</source>
            <translation>SoftmaxWithLoss 反向传回 (y − t)/N，即关于得分 a 的梯度。损失函数面板中的 ∂E/∂y = −t/(y + δ) 是关于softmax函数输出 y 的梯度；让它反向通过 softmax 节点就得到 (y − t)/N（5.6.3节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="132" />
            <source>The arrays of the current step (every number of the tiny network)</source>
            <translation>当前步骤的数组（小型网络显示每一个数）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="212" />
            <source>softmax y and label t</source>
            <translation>softmax 输出 y 与标签 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="218" />
            <source>(y − t)/N: SoftmaxWithLoss backward</source>
            <translation>(y − t)/N：SoftmaxWithLoss 的反向传播</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="221" />
            <source>∂E/∂y = −t/(y + δ)/N (the loss panel's dE/dy)</source>
            <translation>∂E/∂y = −t/(y + δ)/N（损失函数面板中的 dE/dy）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="231" />
            <source>MNIST was not found: set DLFS_DATA or run “dlfs data --fetch mnist”.</source>
            <translation>未找到 MNIST：请设置 DLFS_DATA 或运行“dlfs data --fetch mnist”。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="234" />
            <source>Train a TwoLayerNet on MNIST in the training panel first.</source>
            <translation>请先在训练面板中用 MNIST 训练一个 TwoLayerNet。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="281" />
            <source>Could not trace the network: %1</source>
            <translation>无法跟踪网络：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="307" />
            <source>%1 is not a list of numbers (rows separated by ';')</source>
            <translation>%1 不是数字列表（行之间用 ; 分隔）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="310" />
            <source>t must hold whole numbers (labels 0 or 1)</source>
            <translation>t 必须是整数（标签 0 或 1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="320" />
            <source>scalar</source>
            <translation>标量</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="390" />
            <source>∂L/∂x: not needed</source>
            <translation>∂L/∂x：不需要</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="415" />
            <source>Start: only the input x is known. Step forward layer by layer.</source>
            <translation>开始：只知道输入 x。请逐层前进。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="417" />
            <source>Forward: %1 (step %2 of %3)</source>
            <translation>正向传播：%1（第 %2 步，共 %3 步）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="419" />
            <source>Backward starts: ∂L/∂L = 1 (step %2 of %3)</source>
            <translation>反向传播开始：∂L/∂L = 1（第 %2 步，共 %3 步）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="421" />
            <source>Backward: %1 (step %2 of %3; gradients in red)</source>
            <translation>反向传播：%1（第 %2 步，共 %3 步；梯度为红色）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="423" />
            <source>loss L = %1</source>
            <translation>损失 L = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="451" />
            <source>Sample %1 is drawn above; the arrays hold the whole batch.</source>
            <translation>上图是样本 %1；数组包含整个批次。</translation>
        </message>
    </context>
    <context>
        <name>BackpropPanel</name>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="28" />
            <location filename="../../app/panels/backprop/panel.py" line="61" />
            <source>Computational graph</source>
            <translation>计算图</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="29" />
            <source>Forward node by node, then backward: the book's shopping graphs or your own formula (sections 5.1-5.5).</source>
            <translation>逐个节点正向传播，然后反向传播：书中的购物计算图或你自己的公式（5.1～5.5节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="31" />
            <source>Network as a graph</source>
            <translation>网络的计算图</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="32" />
            <source>TwoLayerNet's layers as a graph: shapes, activations and gradients of one sample (section 5.7).</source>
            <translation>把 TwoLayerNet 的各层看作计算图：形状、一个样本的激活值和梯度（5.7节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="34" />
            <source>Gradient check</source>
            <translation>梯度确认</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="35" />
            <source>Numerical against backprop gradients, and the error against the step h (section 5.7.3).</source>
            <translation>数值微分与误差反向传播法的梯度比较，以及误差随步长 h 的变化（5.7.3节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="56" />
            <source>Backpropagation</source>
            <translation>误差反向传播法</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="62" />
            <source>Backprop ledger</source>
            <translation>误差反向传播法计算记录</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="63" />
            <source>Backprop against numerical derivative</source>
            <translation>误差反向传播法与数值微分的比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="65" />
            <source>Network graph</source>
            <translation>网络的计算图</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="66" />
            <source>Activations and gradients of one sample</source>
            <translation>一个样本的激活值和梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="67" />
            <source>(y − t)/N and dE/dy</source>
            <translation>(y − t)/N 与 dE/dy</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="69" />
            <source>Gradient check: error against h</source>
            <translation>梯度确认：误差随 h 的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="70" />
            <source>Gradient check at the chosen h</source>
            <translation>所选 h 下的梯度确认</translation>
        </message>
    </context>
    <context>
        <name>CnnView</name>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="26" />
            <source>it is not a SimpleConvNet (train one here, or choose a convolution network in the training view)</source>
            <translation>不是 SimpleConvNet（请在此训练一个，或在训练视图中选择卷积网络）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="29" />
            <source>it does not read 1×28×28 images</source>
            <translation>它不读取 1×28×28 的图像</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="53" />
            <source>Train one now (SimpleConvNet, about one epoch)</source>
            <translation>立即训练（SimpleConvNet，约1个epoch）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="63" />
            <source>Filter</source>
            <translation>滤波器</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="66" />
            <source>Highlight one filter and the maps it produces (or click a tile)</source>
            <translation>突出显示一个滤波器及其生成的特征图（或点击图块）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="70" />
            <source>The chosen filter, its feature map and the pooled map, enlarged</source>
            <translation>所选滤波器及其特征图和池化后的图（放大）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="127" />
            <source>No SimpleConvNet yet: train one in the MNIST training view, load a model, or train one now.</source>
            <translation>还没有 SimpleConvNet：请在 MNIST 训练视图中训练、加载模型，或立即训练一个。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="134" />
            <source>Input 1×28×28</source>
            <translation>输入 1×28×28</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="135" />
            <source>%1 filters W1 (5×5)</source>
            <translation>%1 个滤波器 W1（5×5）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="136" />
            <source>Feature maps after ReLU (%1×24×24)</source>
            <translation>ReLU 后的特征图（%1×24×24）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="137" />
            <source>Max pooled (%1×12×12)</source>
            <translation>Max池化后（%1×12×12）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="138" />
            <source>Scores (softmax probabilities)</source>
            <translation>得分（softmax概率）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="160" />
            <source>Choose a SimpleConvNet and a digit to look inside.</source>
            <translation>选择一个 SimpleConvNet 和一个数字来查看其内部。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="182" />
            <source> (label %1)</source>
            <translation>（标签 %1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="183" />
            <source>Prediction: %1 with probability %2%3</source>
            <translation>预测：%1，概率 %2%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="229" />
            <source>Nothing to show yet: choose a SimpleConvNet and a digit.</source>
            <translation>暂无内容：请选择一个 SimpleConvNet 和一个数字。</translation>
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
            <translation>哪个窗口变成哪一行，以及代替循环的一次矩阵乘积（7.4节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="29" />
            <location filename="../../app/panels/convolution/panel.py" line="54" />
            <source>Inside a SimpleConvNet</source>
            <translation>SimpleConvNet 内部</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="30" />
            <source>The 30 filters, feature maps, pooled maps and scores of a trained CNN (7.5, 7.6).</source>
            <translation>已训练 CNN 的 30 个滤波器、特征图、池化后的图和得分（7.5、7.6节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="46" />
            <source>Convolution</source>
            <translation>卷积</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="50" />
            <source>im2col: input, column matrix, filters, col2im counts</source>
            <translation>im2col：输入、列矩阵、滤波器、col2im 次数</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="52" />
            <source>col2im overlap counts</source>
            <translation>col2im 重叠次数</translation>
        </message>
    </context>
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="94" />
            <location filename="../../app/panels/training/curves.py" line="103" />
            <source>accuracy</source>
            <translation>识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="94" />
            <source>loss (smoothed)</source>
            <extracomment>Most points drawn per curve: a thick antialiased line costs per point (four racers' 1,000-point curves took 30 ms of each repaint, and it grew with the race), and a smoothed curve keeps its shape at this many.</extracomment>
            <translation>损失（平滑化）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="95" />
            <location filename="../../app/panels/training/curves.py" line="91" />
            <source>iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="99" />
            <source>solid: training accuracy, dashed: test accuracy</source>
            <translation>实线：训练数据的识别精度，虚线：测试数据的识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="67" />
            <source>Logarithmic loss axis</source>
            <extracomment>Minimum seconds between two redraws of a running run's loss curve.</extracomment>
            <translation>损失轴使用对数坐标</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="68" />
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation>用对数坐标显示损失：后期缓慢的进展也能看清</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="71" />
            <source>Moving average over</source>
            <translation>移动平均：</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="75" />
            <source> iterations</source>
            <translation> 次迭代</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="76" />
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation>叠加在原始mini-batch损失上的移动平均的窗口大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="79" />
            <source>Fit view</source>
            <translation>适应视图</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="80" />
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation>缩小以显示全部数据（在图上拖动或滚动可缩放）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="89" />
            <source>Training loss per mini-batch</source>
            <translation>每个mini-batch的训练损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="90" />
            <location filename="../../app/panels/training/curves.py" line="484" />
            <source>cross-entropy loss</source>
            <translation>交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="102" />
            <source>Accuracy (train ●—, test ■ - -)</source>
            <translation>识别精度（训练 ●—，测试 ■ - -）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="104" />
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="192" />
            <source>train accuracy</source>
            <translation>训练数据识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="193" />
            <source>test accuracy</source>
            <translation>测试数据识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="484" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
    </context>
    <context>
        <name>DatasetDialog</name>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="41" />
            <source>or press Download below (or Choose folder… if you have them elsewhere).</source>
            <translation>或点击下方的“下载”（文件在别处时，请点击“选择文件夹…”）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="57" />
            <source>Dataset not found</source>
            <translation>未找到数据集</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="66" />
            <source>Where the dataset was looked for, and which files it needs</source>
            <translation>在何处查找了数据集，以及需要哪些文件</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="69" />
            <source>Download into: %1</source>
            <translation>下载到：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="71" />
            <source>The folder the four files will be saved in (checksums verified)</source>
            <translation>保存这四个文件的文件夹（将验证校验和）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="75" />
            <source>Download progress of the current file</source>
            <translation>当前文件的下载进度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="78" />
            <source>File, size and speed of the download</source>
            <translation>下载的文件、大小和速度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="86" />
            <source>Download</source>
            <translation>下载</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="87" />
            <source>Download the four files from the public mirrors and verify their checksums</source>
            <translation>从公共镜像下载这四个文件并验证其校验和</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="90" />
            <source>Choose folder…</source>
            <translation>选择文件夹…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="91" />
            <source>Pick a folder that already holds the four IDX files</source>
            <translation>选择已包含这四个IDX文件的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="92" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="93" />
            <source>Cancel the download, or close this dialog</source>
            <translation>取消下载，或关闭此对话框</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="123" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="139" />
            <source>%1: %2 at %3/s (%4)</source>
            <translation>%1：%2（%3/秒，%4）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="145" />
            <location filename="../../app/panels/training/dataset_dialog.py" line="173" />
            <source>Download cancelled; no partial file was kept.</source>
            <translation>下载已取消；未保留不完整的文件。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="150" />
            <source>The download failed: %1</source>
            <translation>下载失败：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="151" />
            <source>Check the internet connection and press Download again, or copy the four files into a folder and press Choose folder…</source>
            <translation>请检查网络连接后再次点击“下载”，或将这四个文件复制到一个文件夹中，然后点击“选择文件夹…”</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="166" />
            <source>Downloaded and verified.</source>
            <translation>已下载并校验。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="178" />
            <source>Folder holding the four IDX files</source>
            <translation>包含四个IDX文件的文件夹</translation>
        </message>
    </context>
    <context>
        <name>DescentFields</name>
        <message>
            <source>The number must be finite.</source>
            <translation type="vanished">数字必须是有限值。</translation>
        </message>
        <message>
            <source>Use a value from {lo} to {hi}.</source>
            <translation type="vanished">请使用 {lo} 到 {hi} 之间的值。</translation>
        </message>
        <message>
            <source>The last good value is still used.</source>
            <translation type="vanished">仍使用上一个有效值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="76" />
            <source>Type a number.</source>
            <translation>请输入数字。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="78" />
            <source>Too long for a number.</source>
            <translation>作为数字过长。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="83" />
            <source>Type a whole number, e.g. 20.</source>
            <translation>请输入整数，例如 20。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="84" />
            <source>Type a number such as 0.1 or 1e-4.</source>
            <translation>请输入数字，例如 0.1 或 1e-4。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="86" />
            <source>Must be a finite number.</source>
            <translation>必须是有限数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="88" />
            <source>Must be between {lo} and {hi}.</source>
            <translation>必须在 {lo} 到 {hi} 之间。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="157" />
            <source>(slider on a log scale)</source>
            <translation>（滑块为对数刻度）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="277" />
            <source>Not applied; still using {0}.</source>
            <translation>未应用；仍使用 {0}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="302" />
            <source>“{0}” was not applied. {1} Back to {2}.</source>
            <translation>“{0}”未应用。{1} 已恢复为 {2}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="305" />
            <source>An empty field is not applied. Back to {0}.</source>
            <translation>空输入框不会被应用。已恢复为 {0}。</translation>
        </message>
    </context>
    <context>
        <name>DescentPanel</name>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="43" />
            <source>Descent</source>
            <extracomment>What a sub-tab holds.</extracomment>
            <translation>下降</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="44" />
            <source>One optimizer walking down a surface, step by step (figures 4-9, 4-10).</source>
            <translation>一种优化方法沿曲面逐步下降（图4-9、图4-10）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="45" />
            <location filename="../../app/panels/descent_panel.py" line="107" />
            <source>Optimizer race</source>
            <translation>优化方法竞赛</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="46" />
            <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6).</source>
            <translation>SGD、Momentum、Nesterov、AdaGrad、RMSprop和Adam从同一起点出发（第6章）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="47" />
            <source>Numerical differentiation</source>
            <translation>数值微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="48" />
            <source>Forward and central differences and why the book picks h = 1e-4 (section 4.3).</source>
            <translation>前向差分与中心差分，以及书中为何选用 h = 1e-4（4.3节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="89" />
            <source>Gradient descent</source>
            <translation>梯度下降法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="103" />
            <source>Descent map</source>
            <translation>下降图</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="104" />
            <source>f(x) over iterations</source>
            <translation>f(x) 随迭代的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="105" />
            <source>Step ledger</source>
            <translation>步骤记录</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="108" />
            <source>Figure 6-8 (2×2)</source>
            <translation>图6-8（2×2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="110" />
            <source>Numerical differentiation: f and tangents</source>
            <translation>数值微分：f 和切线</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="111" />
            <source>Numerical differentiation: error against h</source>
            <translation>数值微分：误差随 h 的变化</translation>
        </message>
    </context>
    <context>
        <name>DescentView</name>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="62" />
            <source>The current step: k, the point x_k, f(x_k) and the last step taken.</source>
            <translation>当前步：k、点 x_k、f(x_k) 以及上一步的移动量。</translation>
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
            <translation>上一步 Δx = {0}，|Δx| = {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="144" />
            <source>f is not defined at the start point x = {0}: f(x) = {1}. Choose a start inside the function's domain (type it, or click the map).</source>
            <translation>f 在起点 x = {0} 处没有定义：f(x) = {1}。请在函数的定义域内选择起点（输入，或在图上点击）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="147" />
            <source>Step {0} left the domain of f: f(x) = {1} at x = {2}, so core ended the run there. A smaller learning rate may keep the walk inside.</source>
            <translation>第 {0} 步离开了 f 的定义域：在 x = {2} 处 f(x) = {1}，因此 core 在此结束了运行。较小的学习率可能让路径留在定义域内。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="152" />
            <source>this surface has no minimum to find (it falls without bound)</source>
            <translation>该曲面没有可找到的最小值（函数值无限下降）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="154" />
            <source>the learning rate is too large here</source>
            <translation>此处学习率过大</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="156" />
            <source>the learning rate may be too large, or f has no minimum that way</source>
            <translation>学习率可能过大，或 f 在该方向上没有最小值</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="157" />
            <source>Diverged at step {0}: x = {1}; {2}.</source>
            <translation>在第 {0} 步发散：x = {1}；{2}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="159" />
            <source>|x| passed 1e150 (or stopped being finite), so core ended the run here.</source>
            <translation>|x| 超过了 1e150（或不再是有限值），因此 core 在此结束了运行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="162" />
            <source>From step {0} on, x ± h rounds back to x, so the numerical gradient is 0 and the point freezes at {1}: stuck, not converged.</source>
            <translation>从第 {0} 步起，x ± h 舍入后又变回 x，因此数值梯度为 0，点停在 {1}：这是停滞，而不是收敛。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="173" />
            <source>Barely moving: after {0} steps the point is only {1} away from the start (learning rate too small).</source>
            <translation>几乎不动：{0} 步后，点距起点仅 {1}（学习率过小）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="96" />
            <source>The update rule (chapter 6); SGD is the book's gradient descent.</source>
            <extracomment>Steps recomputed when a parameter changes (in chunks, see StepCursor.RECOMPUTE_CHUNK); beyond this the step index is clamped.</extracomment>
            <translation>参数的更新规则（第6章）；SGD即书中的梯度下降法。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="98" />
            <source>Optimizer</source>
            <translation>优化方法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="101" />
            <source>Learning rate η, used exactly as typed (e.g. 0.1).</source>
            <translation>学习率 η，完全按输入值使用（例如 0.1）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="103" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="106" />
            <source>Number of updates (step_num in the book).</source>
            <translation>更新次数（书中的 step_num）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="108" />
            <source>Steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="111" />
            <source>numerical (central difference)</source>
            <translation>数值微分（中心差分）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="112" />
            <source>analytic (formula)</source>
            <translation>解析（公式）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="115" />
            <source>Which gradient drives the steps; the ledger shows both.</source>
            <translation>用哪种梯度进行更新；步骤记录中两者都会显示。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="117" />
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="120" />
            <source>Step h of the numerical gradient (the book uses 1e-4).</source>
            <translation>数值微分的微小值 h（书中使用 1e-4）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="122" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="126" />
            <source>Momentum coefficient α: how much of the last velocity is kept.</source>
            <translation>Momentum 系数 α：保留多少上一次的速度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="127" />
            <source>RMSprop decay rate: how fast old squared gradients are forgotten.</source>
            <translation>RMSprop 衰减率：过去梯度的平方被遗忘的速度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="128" />
            <source>Adam's β1: decay of the first-moment (mean) estimate.</source>
            <translation>Adam 的 β1：一阶矩（均值）估计的衰减率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="129" />
            <source>Adam's β2: decay of the second-moment (squared) estimate.</source>
            <translation>Adam 的 β2：二阶矩（平方）估计的衰减率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="130" />
            <source>Momentum α</source>
            <translation>Momentum α</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="130" />
            <source>Decay rate</source>
            <translation>衰减率</translation>
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
            <translation>起点 x0；也可在图上点击/拖动。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="145" />
            <source>Start x1; or click/drag on the map.</source>
            <translation>起点 x1；也可在图上点击/拖动。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="149" />
            <source>Start</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="155" />
            <source>log scale for f(x)</source>
            <translation>f(x) 使用对数坐标</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="157" />
            <source>Show f(x) against iteration on a logarithmic axis.</source>
            <translation>用对数坐标轴显示 f(x) 随迭代的变化。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="160" />
            <source>show −gradient arrows</source>
            <translation>显示−梯度箭头</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="162" />
            <source>Draw the field of −gradient arrows (book figure 4-9).</source>
            <translation>绘制−梯度箭头场（书中图4-9）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="179" />
            <source>Click to set the start point; drag the cross to move it.</source>
            <translation>点击设置起点；拖动十字标记可移动起点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="194" />
            <source>The start point: drag it to move the start.</source>
            <translation>起点：拖动以移动起点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="423" />
            <source>point off the map: x = {0}</source>
            <translation>点已超出图范围：x = {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/value_chart.py" line="79" />
            <source>f(x_k) against the iteration k.</source>
            <translation>f(x_k) 随迭代 k 的变化。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/value_chart.py" line="81" />
            <source>iteration k</source>
            <translation>迭代 k</translation>
        </message>
    </context>
    <context>
        <name>DigitSource</name>
        <message>
            <location filename="../../app/panels/digit_source.py" line="44" />
            <source>Test image</source>
            <translation>测试图像</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="45" />
            <source>Drawn digit</source>
            <translation>手写数字</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="46" />
            <source>Push a test image or your own drawing through the network</source>
            <translation>让测试图像或你自己画的数字通过网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="55" />
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="58" />
            <source>Which of the 10,000 test images</source>
            <translation>10,000 张测试图像中的哪一张</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="60" />
            <source>Random</source>
            <translation>随机</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="61" />
            <source>Pick a test image at random</source>
            <translation>随机选择一张测试图像</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="71" />
            <source>Draw a digit with the left mouse button; right click erases</source>
            <translation>用鼠标左键画数字；右键清除</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="73" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="74" />
            <source>Erase the drawing</source>
            <translation>清除所画内容</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="99" />
            <source>(no test images: draw a digit instead)</source>
            <translation>（没有测试图像：请改为手写数字）</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="122" />
            <source>(loading MNIST…)</source>
            <translation>（正在加载 MNIST…）</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="130" />
            <source>label: %1</source>
            <translation>标签：%1</translation>
        </message>
    </context>
    <context>
        <name>DrawTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="169" />
            <source>Draw with the left mouse button; right click clears</source>
            <translation>用鼠标左键绘画；单击右键清除</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="173" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="174" />
            <source>Erase the drawing</source>
            <translation>清除所画内容</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="180" />
            <source>The class with the highest probability</source>
            <translation>概率最高的类别</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="185" />
            <source>as the network sees it (28×28)</source>
            <translation>网络看到的图像 (28×28)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="186" />
            <source>Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, centred by its centre of mass in 28×28</source>
            <translation>按MNIST方式预处理后的手写图像：裁剪，缩放至20×20以内，按质心居中放入28×28</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="191" />
            <source>Softmax probabilities of the current network for your drawing</source>
            <translation>当前网络对你所画图像输出的softmax概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="197" />
            <source>Draw a digit</source>
            <translation>手写数字</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="197" />
            <source>Draw a piece of clothing</source>
            <translation>画一件衣服</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="222" />
            <source>Fix the network settings first</source>
            <translation>请先修正网络设置</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="228" />
            <source>It looks like %1 (%2%)</source>
            <translation>看起来像 %1 (%2%)</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../app/main.py" line="214" />
            <source>Something went wrong.</source>
            <extracomment>Libraries Qt's X11 plugin loads that many desktop installs lack (Debian package names).</extracomment>
            <translation>出现了问题。</translation>
        </message>
    </context>
    <context>
        <name>ErrorsTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="91" />
            <source>Rows: true label; columns: predicted label; the diagonal holds the correct answers (updated after each epoch)</source>
            <translation>行：正确解标签；列：预测标签；对角线上是识别正确的数量（每个epoch后更新）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="97" />
            <source>Test images the network got wrong, most confident first</source>
            <translation>网络识别错误的测试图像，按置信度从高到低排列</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="105" />
            <source>Most confident mistakes on the test set (true→predicted, confidence)</source>
            <translation>测试数据中置信度最高的识别错误（正确解→预测，置信度）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="119" />
            <source>Most confident mistakes on the test set at iteration %1 (epoch %2): true→predicted, confidence; test accuracy %3</source>
            <translation>第 %1 次迭代（epoch %2）时测试数据中置信度最高的识别错误：正确解→预测，置信度；测试识别精度 %3</translation>
        </message>
    </context>
    <context>
        <name>ExprErrors</name>
        <message>
            <location filename="../../app/expr_errors.py" line="16" />
            <source>the number {literal} is too large</source>
            <extracomment>message key -&gt; English template, marked for translation (context "ExprErrors").</extracomment>
            <translation>数 {literal} 太大</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="17" />
            <source>unexpected character '{char}': {hint}</source>
            <translation>无法使用的字符 '{char}'：{hint}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="18" />
            <source>square brackets are not allowed; use round parentheses ( )</source>
            <translation>不能使用方括号，请使用圆括号 ( )</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="19" />
            <source>curly brackets are not allowed; use round parentheses ( )</source>
            <translation>不能使用花括号，请使用圆括号 ( )</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="20" />
            <source>a comma is not allowed: the functions here take a single argument, and decimals use a point (0.5)</source>
            <translation>不能使用逗号：这里的函数只有一个参数，小数点用英文句点（0.5）</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="22" />
            <source>type only the formula, without '=' (for example x0**2 + x1**2)</source>
            <translation>只输入算式，不要 '='（例如 x0**2 + x1**2）</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="23" />
            <source>use * for multiplication</source>
            <translation>乘法请用 *</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="24" />
            <source>use / for division</source>
            <translation>除法请用 /</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="25" />
            <source>use the ASCII minus sign -</source>
            <translation>减号请用半角 -</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="26" />
            <source>write powers as x0**2 or x0^2</source>
            <translation>乘方请写成 x0**2 或 x0^2</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="27" />
            <source>quotes are not allowed: type a formula, not text</source>
            <translation>不能使用引号：请输入算式，而不是文本</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="28" />
            <source>only one formula is allowed, without ';'</source>
            <translation>只能输入一个算式，不要用 ';'</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="29" />
            <source>a point must be part of a number such as 0.5</source>
            <translation>句点只能用在 0.5 这样的数中</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="30" />
            <source>only numbers, x0, x1 (or x, y), pi, e, + - * / ** ^, parentheses and functions such as sin(...) are allowed</source>
            <translation>只能使用数、x0、x1（或 x、y）、pi、e、+ - * / ** ^、括号以及 sin(...) 等函数</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="32" />
            <source>unknown name '{name}'; did you mean '{close}'?</source>
            <translation>未知的名称 '{name}'；是指 '{close}' 吗？</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="33" />
            <source>unknown name '{name}'; use x0 and x1 (or x and y), pi, e and functions such as {functions}</source>
            <translation>未知的名称 '{name}'；请使用 x0 和 x1（或 x 和 y）、pi、e 以及 {functions} 等函数</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="35" />
            <source>the expression is nested too deeply (more than {limit} levels of parentheses, functions, signs or powers)</source>
            <translation>算式嵌套太深（括号、函数、符号或乘方超过 {limit} 层）</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="37" />
            <source>the expression is empty: type a formula such as x0**2 + x1**2</source>
            <translation>算式为空：请输入如 x0**2 + x1**2 的算式</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="38" />
            <source>the expression is empty</source>
            <translation>算式为空</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="39" />
            <source>this ')' has no matching '('</source>
            <translation>这个 ')' 没有对应的 '('</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="40" />
            <source>missing operator between '{left}' and '{right}' (for a product write {left}*{right})</source>
            <translation>'{left}' 和 '{right}' 之间缺少运算符（乘法请写 {left}*{right}）</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="42" />
            <source>missing operator between '{left}' and '{right}'</source>
            <translation>'{left}' 和 '{right}' 之间缺少运算符</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="43" />
            <source>the function {name} needs its argument in parentheses, e.g. {name}(x0)</source>
            <translation>函数 {name} 的参数要放在括号里，例如 {name}(x0)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="45" />
            <source>the expression ends after '{prev}': a number, variable or '(' is missing there</source>
            <translation>算式在 '{prev}' 之后结束：那里缺少数、变量或 '('</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="47" />
            <source>empty parentheses: put a formula inside ( )</source>
            <translation>括号为空：请在 ( ) 中写入算式</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="48" />
            <source>a number, variable or '(' is missing before this ')'</source>
            <translation>这个 ')' 之前缺少数、变量或 '('</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="49" />
            <source>the expression cannot start with '{token}'</source>
            <translation>算式不能以 '{token}' 开头</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="50" />
            <source>a number, variable or '(' is missing between '{left}' and '{right}'</source>
            <translation>'{left}' 和 '{right}' 之间缺少数、变量或 '('</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="52" />
            <source>the '(' at character {column} is never closed: a ')' is missing</source>
            <translation>第 {column} 个字符处的 '(' 没有闭合：缺少 ')'</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="53" />
            <source>the expression must be text, got {type}</source>
            <translation>算式必须是文本，收到的是 {type}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="54" />
            <source>the expression is too long ({length} characters; at most {limit})</source>
            <translation>算式太长（{length} 个字符；最多 {limit} 个）</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="55" />
            <source>the expression is too complex to differentiate; please simplify it</source>
            <translation>算式太复杂，无法求导；请简化</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="57" />
            <source>'{text}' is not a finite number anywhere in the view [{a}, {b}] x [{c}, {d}]: {why}</source>
            <translation>'{text}' 在显示范围 [{a}, {b}] x [{c}, {d}] 内处处都不是有限的数：{why}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="59" />
            <source>'{text}' is not a finite number: {why}</source>
            <translation>'{text}' 不是有限的数：{why}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="60" />
            <source>a division by zero</source>
            <translation>除以零</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="61" />
            <source>numbers too large for float64</source>
            <translation>对 float64 来说太大的数</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="62" />
            <source>numbers too small for float64</source>
            <translation>对 float64 来说太小的数</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="63" />
            <source>an undefined operation such as the sqrt or log of a negative number</source>
            <translation>负数的 sqrt 或 log 之类没有定义的运算</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="65" />
            <source>no finite value</source>
            <translation>没有有限的值</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="66" />
            <source>{first} and {second}</source>
            <translation>{first}、{second}</translation>
        </message>
    </context>
    <context>
        <name>ForwardPanel</name>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="32" />
            <source>Activation functions</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="33" />
            <source>Step, sigmoid and ReLU with their derivatives; drag x (sections 3.2, 3.5).</source>
            <translation>阶跃函数、sigmoid函数、ReLU函数及其导数；拖动 x（3.2、3.5节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="34" />
            <source>Three-layer network</source>
            <translation>3层神经网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="35" />
            <source>The book's three-layer example with every a and z; edit any weight (section 3.4).</source>
            <translation>书中的3层神经网络示例：所有 a 和 z，任意权重均可编辑（3.4节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="36" />
            <source>Softmax and overflow</source>
            <translation>softmax函数与溢出</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="37" />
            <source>The naive softmax overflows; subtracting the maximum does not (section 3.5.2).</source>
            <translation>朴素的softmax函数会溢出，减去最大值则不会（3.5.2节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="38" />
            <source>A trained network</source>
            <translation>已训练的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="39" />
            <source>A trained network's forward pass layer by layer, and batches (section 3.6).</source>
            <translation>已训练网络逐层的正向传播，以及批处理（3.6节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="63" />
            <source>Forward pass</source>
            <translation>正向传播</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="67" />
            <source>Activation functions and derivatives</source>
            <translation>激活函数与导数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="69" />
            <source>Three-layer network (section 3.4)</source>
            <translation>3层神经网络（3.4节）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="71" />
            <source>Softmax: naive</source>
            <translation>softmax函数：朴素实现</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="72" />
            <source>Softmax: max subtracted</source>
            <translation>softmax函数：减去最大值</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="73" />
            <source>Softmax: logits</source>
            <translation>softmax函数：输入 a</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="74" />
            <source>Forward pass layer by layer</source>
            <translation>逐层正向传播</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="76" />
            <source>Batch speed-up (measured)</source>
            <translation>批处理的加速（实测）</translation>
        </message>
    </context>
    <context>
        <name>GradCheckTab</name>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="57" />
            <source>Backprop computes all the gradients in one backward pass; the numerical gradient needs two loss evaluations per parameter. Both are computed on the same mini-batch (in float64) and compared.</source>
            <extracomment>Steps h offered for the central difference; the book uses 1e-4. Largest difference called agreement.</extracomment>
            <translation>误差反向传播法只需一次反向传播就能求出所有梯度；数值梯度则每个参数需要计算两次损失。两者在同一个mini-batch上（以 float64）计算并进行比较。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="63" />
            <source>Images</source>
            <translation>图像数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="67" />
            <source>Training images in the mini-batch both gradients are computed on</source>
            <translation>用于计算两种梯度的mini-batch中的训练图像数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="69" />
            <source>Entries per parameter</source>
            <translation>每个参数的元素数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="74" />
            <source>How many randomly chosen entries of each parameter array get a numerical gradient; enlarge it to check more</source>
            <translation>每个参数数组中随机选取多少个元素计算数值梯度；增大该值可检查更多元素</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="77" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="81" />
            <source>Step of the central difference (f(x+h) − f(x−h)) / 2h; the book uses 1e-4. A smaller h steps over fewer ReLU and max-pool kinks</source>
            <translation>中心差分 (f(x+h) − f(x−h)) / 2h 中的微小值 h；书中使用 1e-4。h 越小，跨过 ReLU 和 Max池化折点的情况越少</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="84" />
            <source>All parameters (slow)</source>
            <translation>全部参数（较慢）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="85" />
            <source>The full numerical gradient: about a minute for 784-50-10</source>
            <translation>完整的数值梯度：784-50-10 约需一分钟</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="88" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="89" />
            <source>Compute both gradients of the current network and compare them</source>
            <translation>计算当前网络的两种梯度并进行比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="92" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="93" />
            <source>Stop the numerical gradient</source>
            <translation>停止数值微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="101" />
            <source>Numerical gradient entries done</source>
            <translation>已完成数值梯度计算的元素</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="106" />
            <source>Measured times of both methods</source>
            <translation>两种方法的实测时间</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>shape</source>
            <translation>形状</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>entries checked</source>
            <translation>已检查元素数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="110" />
            <source>max |num − backprop|</source>
            <translation>max |数值 − 反向传播|</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="110" />
            <source>mean |num − backprop|</source>
            <translation>mean |数值 − 反向传播|</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="114" />
            <source>Differences of the order 1e-8 or less mean backprop is right</source>
            <translation>差值在 1e-8 量级或以下，说明误差反向传播法的实现是正确的</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="151" />
            <source>Computing…</source>
            <extracomment>Set by the panel: () -&gt; (network, x, t, seed) or None with a reason shown.</extracomment>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="158" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="172" />
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="182" />
            <source>Numerical gradient: %1 of %2 entries (%3), %4 s…</source>
            <translation>数值梯度：%2 个元素中的 %1 个（%3），%4 秒…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="191" />
            <source>They agree (max difference %1).</source>
            <translation>两者一致（最大差 %1）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="193" />
            <source>A few entries differ by up to %1. This network has ReLU or max-pooling kinks, where the loss has no derivative: when x − h and x + h fall on both sides of one, the numerical gradient is off, not backprop. Try a smaller h (e.g. 1e-6) and compare again.</source>
            <translation>有几个元素最多相差 %1。此网络含有 ReLU 或 Max池化的折点，损失在折点处不可导：当 x − h 和 x + h 落在折点两侧时，出错的是数值梯度，而不是误差反向传播法。请减小 h（例如 1e-6）后再比较。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="197" />
            <source>They differ by up to %1: more than rounding explains. Check the backward pass of the layers.</source>
            <translation>两者最多相差 %1，超出了舍入误差所能解释的范围。请检查各层的反向传播。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="208" />
            <source>largest backprop gradient entry checked: %1</source>
            <translation>所检查的反向传播梯度元素中的最大值：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="212" />
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation>误差反向传播法：全部 %2 个梯度元素用时 %1 ms。数值微分：%4 个元素用时 %3 s（全部 %2 个约需 %5 s，慢 %6 倍）。%7</translation>
        </message>
    </context>
    <context>
        <name>GridView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="184" />
            <source>Training accuracy per epoch at each weight scale w: solid with BatchNorm, dashed without</source>
            <translation>各权重尺度 w 下每个epoch的训练识别精度：实线为有Batch Normalization，虚线为无</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../app/help.py" line="15" />
            <source>Chapter 3 (3.2–3.5)</source>
            <extracomment>panel key -&gt; (the book's sections, what the panel shows), untranslated; context "Help". (QT_TRANSLATE_NOOP returns its text; PySide's stubs type it ``object``.)</extracomment>
            <translation>第3章（3.2–3.5节）</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="16" />
            <source>A neural network computes its output layer by layer: each neuron takes a weighted sum of its inputs plus a bias and passes it through an activation function (step function, sigmoid function, ReLU). The output layer uses the identity function for regression and the softmax function for classification.</source>
            <translation>神经网络逐层计算输出：每个神经元对输入做加权和、加上偏置，再通过激活函数（阶跃函数、sigmoid函数、ReLU）。输出层在回归问题中使用恒等函数，在分类问题中使用softmax函数。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="22" />
            <source>Section 4.2</source>
            <translation>4.2节</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="23" />
            <source>A loss function says how far the network's output y is from the label t: the sum of squared errors and the cross-entropy error. Drag the outputs and watch both losses; a mini-batch averages the loss over several examples.</source>
            <translation>损失函数表示神经网络的输出 y 与监督数据 t 相差多远：均方误差和交叉熵误差。拖动输出，比较两种损失；mini-batch 对多个数据的损失取平均。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="27" />
            <source>Sections 4.3–4.4 and 6.1</source>
            <translation>4.3–4.4节和6.1节</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="28" />
            <source>The gradient, computed here by numerical differentiation or by formula, points where the function rises fastest; gradient descent steps against it, scaled by the learning rate. Section 6.1 compares the optimizers SGD, Momentum, AdaGrad and Adam on the same surface.</source>
            <translation>梯度（这里用数值微分或公式计算）指向函数值增加最快的方向；梯度下降法沿其反方向前进，步幅由学习率决定。6.1节在同一个函数上比较 SGD、Momentum、AdaGrad 和 Adam 等最优化方法。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="33" />
            <source>Chapter 5</source>
            <translation>第5章</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="34" />
            <source>Backpropagation computes every gradient in one backward pass over the computational graph, applying the chain rule node by node. It gives the same gradients as numerical differentiation, much faster; the gradient check compares the two (5.7.3).</source>
            <translation>误差反向传播法沿计算图反向传播一次，就求出所有梯度，在每个节点应用链式法则。它得到与数值微分相同的梯度，但快得多；梯度确认比较这两者（5.7.3节）。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="39" />
            <source>Section 4.5 and chapter 6</source>
            <translation>4.5节和第6章</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="40" />
            <source>Training repeats three steps: take a mini-batch, compute the gradient, update the weights. Chapter 6 adds the optimizers, the initial weights, Batch Normalization, and weight decay and dropout against overfitting; watch the loss and the accuracy on the training and test data epoch by epoch.</source>
            <translation>学习重复三个步骤：选出 mini-batch、计算梯度、更新权重。第6章加入参数的更新方法、权重的初始值、Batch Normalization，以及抑制过拟合的权值衰减和 Dropout；按 epoch 观察损失以及训练数据和测试数据的识别精度。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="45" />
            <source>Chapter 7</source>
            <translation>第7章</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="46" />
            <source>A convolution layer slides a filter over the image and keeps its shape; padding and stride set the size of the output (7.2). Pooling shrinks the height and width (7.3), and a CNN stacks these layers before the fully connected ones (7.4–7.5).</source>
            <translation>卷积层让滤波器在图像上滑动，并保持数据的形状；填充和步幅决定输出的大小（7.2节）。池化缩小高和长方向的空间（7.3节），CNN 把这些层叠加在全连接层之前（7.4–7.5节）。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="54" />
            <source>Space</source>
            <extracomment>(key name, what it does) of the lecturer keys; context "Help".</extracomment>
            <translation>空格键</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="54" />
            <source>Play / pause the animation</source>
            <translation>播放/暂停动画</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="55" />
            <source>Right arrow</source>
            <translation>→ 键</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="55" />
            <source>One step forward</source>
            <translation>前进一步</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="56" />
            <source>Left arrow</source>
            <translation>← 键</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="56" />
            <source>One step back</source>
            <translation>后退一步</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="57" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="57" />
            <source>Back to the start (reset)</source>
            <translation>回到起点（重置）</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="72" />
            <source>The panels</source>
            <translation>面板</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="77" />
            <source>Lecturer keys</source>
            <translation>讲课用按键</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="78" />
            <source>In an animated panel, when no text field has the focus:</source>
            <translation>在带动画的面板中、输入框没有焦点时：</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../app/help.py" line="91" />
            <source>Panels explained</source>
            <translation>面板说明</translation>
        </message>
    </context>
    <context>
        <name>HistView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="321" />
            <source>{0}: layer {1}</source>
            <translation>{0}：第{1}层</translation>
        </message>
    </context>
    <context>
        <name>Im2colView</name>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Images N</source>
            <extracomment>Largest input side offered (the picture stays readable).</extracomment>
            <translation>图像数 N</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Channels C</source>
            <translation>通道数 C</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Height H</source>
            <translation>高 H</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Width W</source>
            <translation>宽 W</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Filter height FH</source>
            <translation>滤波器高 FH</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Filter width FW</source>
            <translation>滤波器宽 FW</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Stride</source>
            <translation>步幅</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Padding</source>
            <translation>填充</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Filters FN</source>
            <translation>滤波器数 FN</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="54" />
            <source>Which window (= which row of the column matrix) to highlight; or click a row of the column matrix</source>
            <translation>要突出显示的窗口（即列矩阵的行）；也可点击列矩阵的一行</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="56" />
            <source>Window / row</source>
            <translation>窗口／行</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="58" />
            <source>Book example: 1×3×7×7, 5×5</source>
            <translation>书中示例：1×3×7×7，5×5</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="59" />
            <source>The shapes section 7.4.3 prints: a 9×75 column matrix</source>
            <translation>7.4.3节打印的形状：9×75 的列矩阵</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="60" />
            <source>Book example: batch of 10</source>
            <translation>书中示例：批大小 10</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="61" />
            <source>10×3×7×7 with a 5×5 filter: a 90×75 column matrix</source>
            <translation>10×3×7×7 与 5×5 滤波器：90×75 的列矩阵</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="137" />
            <source>The filter (%1 × %2) does not fit into the padded input (%3 × %4).</source>
            <translation>滤波器（%1 × %2）放不进填充后的输入（%3 × %4）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="142" />
            <source>Make the padding smaller than the filter.</source>
            <translation>请让填充小于滤波器。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="211" />
            <source>Input image (padding %1), channels side by side</source>
            <translation>输入图像（填充 %1），各通道并排显示</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="212" />
            <source>Column matrix col: %1 × %2 (click a row)</source>
            <translation>列矩阵 col：%1 × %2（点击一行）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="214" />
            <source>Filters as columns: W.reshape(FN, -1).T, %1 × %2</source>
            <translation>展开为列的滤波器：W.reshape(FN, -1).T，%1 × %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="216" />
            <source>col2im: windows adding into each pixel (why +=)</source>
            <translation>col2im：累加到各像素的窗口数（为何用 +=）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="220" />
            <source>One product: col @ col_W + b = %1 × %2, each row one output position</source>
            <translation>一次矩阵乘积：col @ col_W + b = %1 × %2，每行对应一个输出位置</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="224" />
            <source>Input %1 → out_h = (H + 2·pad − FH) / stride + 1 = %2, out_w = %3 → col (N·out_h·out_w, C·FH·FW) = &lt;b&gt;%4&lt;/b&gt;. Filters (%5) → col_W %6. One product col @ col_W + b = %7 replaces the loops over images, filters and positions; reshape → output %8. The book: 1×3×7×7 with 5×5 gives 9×75, a batch of 10 gives 90×75.</source>
            <translation>输入 %1 → out_h = (H + 2·pad − FH) / stride + 1 = %2，out_w = %3 → col (N·out_h·out_w, C·FH·FW) = &lt;b&gt;%4&lt;/b&gt;。滤波器 (%5) → col_W %6。一次矩阵乘积 col @ col_W + b = %7 代替了对图像、滤波器和位置的循环；reshape → 输出 %8。书中：1×3×7×7 与 5×5 得到 9×75，批大小 10 得到 90×75。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="288" />
            <source>Image %1, window (%2, %3) → row %4</source>
            <translation>图像 %1，窗口 (%2, %3) → 第 %4 行</translation>
        </message>
    </context>
    <context>
        <name>LossPanel</name>
        <message>
            <source>Loss against y&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation type="vanished">损失随 y&lt;sub&gt;t&lt;/sub&gt; 的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="43" />
            <source>Drag a bar up or down to change y; the others rescale so y sums to 1</source>
            <translation>上下拖动柱条以改变 y；其他值会重新缩放，使 y 的和为1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="57" />
            <source>Make %1 the correct class t</source>
            <translation>将 %1 设为正确解类别 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="67" />
            <location filename="../../app/panels/loss/contrib_view.py" line="45" />
            <location filename="../../app/panels/loss/gradient_view.py" line="49" />
            <source>class k</source>
            <translation>类别 k</translation>
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
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; 输出 y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; 正确解 t</translation>
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
            <translation>每行是一个输出 y 及其标签 t。批交叉熵误差是各行交叉熵误差的平均值（4.2.4节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="76" />
            <source>Add row</source>
            <translation>添加行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="77" />
            <source>Add a row (a copy of the current output y and label)</source>
            <translation>添加一行（复制当前的输出 y 和标签）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="79" />
            <source>Remove row</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="80" />
            <source>Remove the selected row (or the last one)</source>
            <translation>删除选中的行（或最后一行）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="82" />
            <source>Book's y and y2</source>
            <translation>书中的 y 和 y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="83" />
            <source>Fill the table with the book's two examples (label 2)</source>
            <translation>用书中的两个示例填充表格（标签 2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <location filename="../../app/panels/loss/curve_view.py" line="39" />
            <location filename="../../app/panels/loss/curve_view.py" line="55" />
            <source>cross-entropy</source>
            <translation>交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <location filename="../../app/panels/loss/batch_view.py" line="271" />
            <source>label t</source>
            <translation>标签 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <source>squared error</source>
            <translation>均方误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="95" />
            <source>Edit y values (0 or more) and the label t (0–9); the last two columns are computed by core</source>
            <translation>编辑 y 的值（0 或以上）和标签 t（0–9）；最后两列由 core 计算</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="97" />
            <source>Shown to two decimals, like the bars; hover a cell or edit it for the full value</source>
            <translation>与柱条一样显示两位小数；悬停在单元格上或编辑它可查看完整值</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="98" />
            <source>Computed by core; shown with six significant digits (… means more digits: hover the cell or export the CSV for the full value)</source>
            <translation>由 core 计算；显示六位有效数字（… 表示还有更多位：悬停在单元格上或导出CSV可查看完整值）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="116" />
            <source>Cross-entropy of each row; the line is the batch mean</source>
            <translation>每行的交叉熵误差；横线为批平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="119" />
            <source>Cross-entropy per row</source>
            <translation>每行的交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="120" />
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="124" />
            <source>batch mean</source>
            <translation>批平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="145" />
            <source>Batch cross-entropy, t as label indices:</source>
            <translation>批交叉熵误差（t 为标签）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="146" />
            <source>core.cross_entropy_error(Y, labels): mean over the rows</source>
            <translation>core.cross_entropy_error(Y, labels)：各行的平均值</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="147" />
            <source>Batch cross-entropy, t as one-hot rows:</source>
            <translation>批交叉熵误差（t 为one-hot）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="148" />
            <source>core.cross_entropy_error(Y, one_hot(labels))</source>
            <translation>core.cross_entropy_error(Y, one_hot(labels))</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="149" />
            <source>Squared error over the batch (half sum):</source>
            <translation>批均方误差（½ 平方和）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="150" />
            <source>core.sum_squared_error(Y, T): NOT divided by the batch size</source>
            <translation>core.sum_squared_error(Y, T)：没有除以批大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="151" />
            <source>… divided by N (a true mean):</source>
            <translation>… 除以 N（真正的平均值）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="152" />
            <source>The half sum divided by the number of rows, for comparison</source>
            <translation>½ 平方和除以行数，供比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="211" />
            <source>A batch needs at least one row.</source>
            <translation>批处理至少需要一行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="244" />
            <source>The label must be a whole number 0–9.</source>
            <translation>标签必须是0–9的整数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="272" />
            <source>Row %1, %2: %3</source>
            <translation>第%1行，%2：%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="284" />
            <source>Not updated — fix the highlighted cells:</source>
            <translation>未更新 — 请修正高亮的单元格：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="312" />
            <source>✓ The one-hot form and the label-index form agree exactly (the label form just reads y[row, t] instead of multiplying by zeros).</source>
            <translation>✓ one-hot形式与标签索引形式的结果完全一致（标签形式只是直接读取 y[row, t]，而不是乘以0）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="317" />
            <source>The two forms differ by %1 (floating-point summation order).</source>
            <translation>两种形式相差 %1（浮点数求和顺序所致）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="320" />
            <source>Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row (%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.</source>
            <translation>注意：书中的 mean_squared_error 是“½ 平方和”，即求和而非平均。对这 %1 行，该函数把每一行都加起来（%2），没有除以批大小；而批交叉熵误差取的是平均值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="39" />
            <source>Each class's share of the loss: squared error uses all ten classes, cross-entropy only the correct one</source>
            <translation>各类别在损失中所占的份额：均方误差使用全部10个类别，交叉熵误差只使用正确解类别</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="42" />
            <source>Per class: &lt;span style='color:%1'&gt;■ squared&lt;/span&gt;  &lt;span style='color:%2'&gt;■ cross-entropy&lt;/span&gt;</source>
            <translation>各类别：&lt;span style='color:%1'&gt;■ 均方误差&lt;/span&gt;  &lt;span style='color:%2'&gt;■ 交叉熵误差&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="51" />
            <source>squared error ½(y_k − t_k)²</source>
            <translation>均方误差 ½(y_k − t_k)²</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="54" />
            <source>cross-entropy −t_k log(y_k + δ)</source>
            <translation>交叉熵误差 −t_k log(y_k + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="151" />
            <source>a / T overflows: %1 / %2 is beyond the largest float (about 1.8e308), so softmax would give nan. Use smaller logits or a larger T; y keeps its last values.</source>
            <translation>a / T 溢出：%1 / %2 超出了浮点数的最大值（约 1.8e308），softmax函数会得到 nan。请使用更小的 logits 或更大的 T；y 保持上一次的值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="167" />
            <source>y is all zeros: it cannot be scaled to sum to 1.</source>
            <translation>y 全为0：无法缩放使其和为1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="170" />
            <source>The sum of y overflows (inf): y cannot be scaled to sum to 1.</source>
            <translation>y 的总和溢出（inf），无法缩放为总和为 1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="202" />
            <source>y is not a probability vector: its values sum to %1, not 1.</source>
            <translation>y 不是概率向量：其值之和为 %1，而不是1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="208" />
            <source>y2 sums to %1, not 1.</source>
            <translation>y2 的和为 %1，而不是1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="210" />
            <source>The losses are still computed, exactly as the book's code would.</source>
            <translation>损失仍会照常计算，与书中代码的结果完全相同。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="213" />
            <source>A value above %1 squares to more than the largest float: the squared error overflows to inf (the cross-entropy still only reads y_t).</source>
            <translation>大于 %1 的值的平方超过浮点数的最大值：均方误差溢出为 inf（交叉熵误差仍然只读取 y_t）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="217" />
            <source>y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, large but finite.</source>
            <translation>y_t = 0：不加 δ 时，log(0) = −inf，损失为 inf。加上 δ = 1e-7 后为 −log(1e-7) = %1，虽然很大但是有限值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="222" />
            <source>The cross-entropy is negative (%1): with y_t = 1, δ makes it −log(1 + 1e-7), just below 0. Without δ it would be exactly 0, the smallest loss a probability can give.</source>
            <translation>交叉熵误差为负（%1）：y_t = 1 时，δ 使它成为 −log(1 + 1e-7)，略小于 0。没有 δ 时它恰好为 0，是概率所能给出的最小损失。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="225" />
            <source>The cross-entropy is negative (%1) because y_t = %2 is above 1, so log(y_t + δ) &gt; 0. A probability is at most 1: this y is not a probability vector.</source>
            <translation>因为 y_t = %2 大于 1，log(y_t + δ) &gt; 0，所以交叉熵误差为负（%1）。概率最大为 1：这个 y 不是概率向量。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="233" />
            <source>With temperature T the gradient is taken with respect to the scaled logits a / T.</source>
            <translation>使用温度 T 时，梯度是关于缩放后的 logit a / T 求的。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="234" />
            <source>Logits taken as a = log y (softmax(log y) = y).</source>
            <translation>logit 取为 a = log y（softmax(log y) = y）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="235" />
            <source>y does not sum to 1, so no logits give exactly this y: with a = log y, softmax(a) is y / sum(y), and y − t uses that normalised y.</source>
            <translation>y 的和不为1，因此没有 logit 能恰好得到这个 y：取 a = log y 时，softmax(a) 为 y / sum(y)，y − t 使用的是归一化后的 y。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="237" />
            <source>y is all zeros: there are no logits whose softmax is y.</source>
            <translation>y 全为0：不存在 softmax 结果为 y 的 logit。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="246" />
            <source>%1 (%2 in floating point)</source>
            <translation>%1（浮点数为 %2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="46" />
            <location filename="../../app/panels/loss/panel.py" line="71" />
            <source>Output y</source>
            <extracomment>Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px). Presentation-mode scale of the secondary numbers (y2, without δ), which share one line. Colour of the second output y2 (purple: orange already means cross-entropy in this panel). Neutral colour of the bars that are not the correct class. Top of the per-class chart as a multiple of its tallest bar (room for the value label above it). Significant digits of the computed cells of the batch table (the cell keeps the full value). Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode). Emitted after every recomputation (tests and other views can listen).</extracomment>
            <translation>输出 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="49" />
            <source>Probabilities: drag the bars or type y</source>
            <translation>概率：拖动柱条或输入 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="50" />
            <source>Edit the ten probabilities directly</source>
            <translation>直接编辑10个概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="51" />
            <source>Logits a → y = softmax(a / T)</source>
            <translation>logit a → y = softmax(a / T)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="52" />
            <source>Type scores (logits); softmax turns them into probabilities</source>
            <translation>输入得分（logit）；softmax 将其转换为概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="62" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1; the panel tells you if they do not.</source>
            <translation>y 的10个值，以逗号分隔（按Enter应用）。其和不必为1；若不为1，面板会提示。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="72" />
            <source>Ten logits (any real numbers), separated by commas</source>
            <translation>10个logit（任意实数），以逗号分隔</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="76" />
            <source>Temperature T</source>
            <translation>温度 T</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="82" />
            <source>softmax(a / T): T &lt; 1 sharpens, T &gt; 1 flattens; T = 1 is the book's</source>
            <translation>softmax(a / T)：T &lt; 1 使分布更尖锐，T &gt; 1 使其更平缓；T = 1 即书中的情形</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="90" />
            <source>The sum of y: a probability vector sums to 1</source>
            <translation>y 的和：概率向量的和为1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="92" />
            <source>Make y sum to 1</source>
            <translation>使 y 的和为1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="93" />
            <source>Divide every y by the sum of y</source>
            <translation>将每个 y 除以 y 的总和</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="100" />
            <source>Correct label t</source>
            <translation>正确解标签 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="103" />
            <source>The correct class as a label index (what the book's batch code uses)</source>
            <translation>以标签索引表示的正确解类别（书中批处理代码的用法）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="106" />
            <source>The same label as a one-hot vector (what equation 4.1 uses)</source>
            <translation>以one-hot向量表示的同一标签（式(4.1)的用法）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="110" />
            <source>Click a class button under the bars to change it.</source>
            <translation>点击柱条下方的类别按钮进行更改。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="116" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="118" />
            <source>Show a second output y2</source>
            <translation>显示第二个输出 y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="119" />
            <source>Compare the losses of y and y2 for the same label</source>
            <translation>在相同标签下比较 y 和 y2 的损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="124" />
            <source>The ten values of y2, separated by commas (Enter applies)</source>
            <translation>y2 的10个值，以逗号分隔（按Enter应用）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="150" />
            <source>y = softmax(a / T), computed from the logits</source>
            <translation>y = softmax(a / T)，由 logit 计算</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="151" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1.</source>
            <translation>y 的10个值，以逗号分隔（按Enter应用）。其和不必为1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="168" />
            <source>label index: t = %1</source>
            <translation>标签：t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="170" />
            <source>one-hot: t = [%1]</source>
            <translation>one-hot：t = [%1]</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="173" />
            <source>sum of y = %1</source>
            <translation>y 的和 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="34" />
            <source>Each loss as y_t (the probability of the correct class) varies, the other classes held fixed; the dots are the current y</source>
            <translation>其他类别保持不变时，各损失随 y_t（正确解类别的概率）的变化；圆点表示当前的 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="37" />
            <source>y&lt;sub&gt;t&lt;/sub&gt;, probability of the correct class</source>
            <translation>y&lt;sub&gt;t&lt;/sub&gt;：正确解类别的概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="38" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="40" />
            <location filename="../../app/panels/loss/curve_view.py" line="56" />
            <location filename="../../app/panels/loss/header.py" line="113" />
            <source>squared error (y)</source>
            <translation>均方误差（y）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="41" />
            <location filename="../../app/panels/loss/curve_view.py" line="59" />
            <location filename="../../app/panels/loss/header.py" line="114" />
            <source>squared error (y2)</source>
            <translation>均方误差（y2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="31" />
            <source>The gradient tells each output which way to move to lower the loss: the first step of backprop. Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when y&lt;sub&gt;t&lt;/sub&gt; is small (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)); softmax followed by cross-entropy gives the simple y − t with respect to the logits (section 5.6.3).</source>
            <translation>梯度告诉每个输出应向哪个方向移动才能减小损失：这是误差反向传播法的第一步。均方误差推动每个类别（y − t）；交叉熵误差只推动正确解类别，且 y&lt;sub&gt;t&lt;/sub&gt; 越小推力越大（−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)）；softmax 之后接交叉熵误差，关于 logit 的梯度就是简洁的 y − t（5.6.3节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="40" />
            <source>Bars: the gradient for each class k (computed by core.functions)</source>
            <translation>柱条：各类别 k 的梯度（由 core.functions 计算）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="41" />
            <source>squared error&lt;br&gt;∂E/∂y = y − t</source>
            <translation>均方误差&lt;br&gt;∂E/∂y = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="42" />
            <source>cross-entropy&lt;br&gt;∂E/∂y = −t / (y + δ)</source>
            <translation>交叉熵误差&lt;br&gt;∂E/∂y = −t / (y + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="43" />
            <source>softmax + cross-entropy&lt;br&gt;∂E/∂a = y − t</source>
            <translation>softmax + 交叉熵误差&lt;br&gt;∂E/∂a = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="66" />
            <source>The gradients with full precision</source>
            <translation>完整精度的梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="74" />
            <source>The simpleNet of section 4.4.2, computed by core.nets.SimpleNet</source>
            <translation>4.4.2 节的 simpleNet（由 core.nets.SimpleNet 计算）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="137" />
            <source>loss (cross-entropy, t = %1) =</source>
            <translation>损失（交叉熵误差，t = %1）=</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="140" />
            <source>dW (numerical_gradient, h = 1e-4) =</source>
            <translation>dW（numerical_gradient，h = 1e-4）=</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="142" />
            <source>dW (analytic, xᵀ(y − t)) =</source>
            <translation>dW（解析，xᵀ(y − t)）=</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="145" />
            <source>simpleNet (section 4.4.2): one 2×3 weight matrix, softmax and cross-entropy</source>
            <translation>simpleNet（4.4.2 节）：一个 2×3 的权重矩阵、softmax函数和交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="33" />
            <location filename="../../app/panels/loss/panel.py" line="160" />
            <source>Loss functions</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="36" />
            <source>Example:</source>
            <translation>示例：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="38" />
            <source>Load an example from the book (section 4.2) or a learner's note</source>
            <translation>载入书中（4.2节）或学习者笔记中的示例</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="40" />
            <source>(your own values)</source>
            <translation>(自己输入的值)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="52" />
            <source>Where this example comes from and what to notice</source>
            <translation>该示例的出处及需要注意之处</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="112" />
            <source>Your own values. Choose an example to load the book's or a learner's numbers.</source>
            <translation>自己输入的值。选择一个示例可载入书中或学习者笔记中的数值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="113" />
            <source>cross-entropy (y)</source>
            <translation>交叉熵误差（y）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="114" />
            <source>cross-entropy (y2)</source>
            <translation>交叉熵误差（y2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="122" />
            <source>same</source>
            <translation>相同</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="125" />
            <source>same float, printed with more digits</source>
            <translation>浮点数相同，只是输出的位数更多</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="128" />
            <source>core gives %1 from the rounded inputs the source printed</source>
            <translation>由出处打印的四舍五入后的输入，core 得到 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="131" />
            <source>differs: core gives</source>
            <translation>不同：core 的结果为</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="138" />
            <source>Printed in the source:</source>
            <translation>出处中的输出：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="105" />
            <source>Sum of squared errors</source>
            <translation>均方误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="106" />
            <source>Equation 4.1: uses all ten classes (the book calls it mean_squared_error)</source>
            <translation>式(4.1)：使用全部10个类别（书中称为 mean_squared_error）</translation>
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
            <translation>交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="113" />
            <source>Equation 4.2: only the correct class counts; δ guards against log(0)</source>
            <translation>式(4.2)：只有正确解类别起作用；δ 防止出现 log(0)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="120" />
            <source>core.cross_entropy_error(y, t, delta=0): inf when y_t = 0</source>
            <translation>core.cross_entropy_error(y, t, delta=0)：y_t = 0 时为 inf</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="121" />
            <source>without δ:</source>
            <translation>不加 δ：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="73" />
            <source>Gradients → backprop</source>
            <translation>梯度 → 误差反向传播法</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="75" />
            <source>Batch</source>
            <translation>批处理</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="76" />
            <source>Edit one output y and the correct label t; see both losses</source>
            <translation>编辑输出 y 和正确解标签 t，查看两种损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="77" />
            <source>The gradient of each loss with respect to y, and y − t for softmax</source>
            <translation>各损失关于 y 的梯度，以及 softmax 的 y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="78" />
            <source>Several rows of y and labels: the batch cross-entropy</source>
            <translation>多行 y 和标签：批处理的交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="187" />
            <source>Output y (bars)</source>
            <translation>输出 y（柱状图）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="188" />
            <source>Loss against y_t</source>
            <translation>损失随 y_t 的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="189" />
            <source>Contribution of each class</source>
            <translation>各类别的贡献</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="190" />
            <source>Loss values</source>
            <translation>损失值</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="191" />
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="193" />
            <source>Batch cross-entropy per row</source>
            <translation>每行的批交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="194" />
            <source>Batch table</source>
            <translation>批处理表格</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="195" />
            <source>Batch results</source>
            <translation>批处理结果</translation>
        </message>
    </context>
    <context>
        <name>LossPresets</name>
        <message>
            <source>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</source>
            <translation type="vanished">/work/shared/seeds/000_4e9a6a9d364f6e76.txt（Qiita, hidenori-t）</translation>
        </message>
        <message>
            <source>/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94, batch cross-entropy)</source>
            <translation type="vanished">/work/shared/seeds/001_3bea403e9abd0003.txt（p. 94，批交叉熵误差）</translation>
        </message>
        <message>
            <source>/work/shared/seeds/002_3f5329c71e06aa88.txt</source>
            <translation type="vanished">/work/shared/seeds/002_3f5329c71e06aa88.txt</translation>
        </message>
        <message>
            <source>/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</source>
            <translation type="vanished">/work/shared/seeds/003_537180af1cfc32d8.txt（cnblogs，“均方误差的实现”）</translation>
        </message>
        <message>
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</source>
            <translation type="vanished">/work/shared/seeds/004_677e3c6a13d28afc.txt（swim-lover，二乗和誤差）</translation>
        </message>
        <message>
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</source>
            <translation type="vanished">/work/shared/seeds/004_677e3c6a13d28afc.txt（swim-lover，交差エントロピー誤差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="6" />
            <source>Book 4.2.1–4.2.2: y (“2” is most likely)</source>
            <translation>书中4.2.1–4.2.2：y（“2”的概率最高）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="7" />
            <source>Deep Learning from Scratch, sections 4.2.1 and 4.2.2 (equations 4.1, 4.2)</source>
            <translation>《深度学习入门》4.2.1节和4.2.2节（式(4.1)、式(4.2)）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="12" />
            <source>The book's two outputs for the label 2: y puts 0.6 on the correct class, y2 puts 0.6 on class 7. Both losses are smaller for y, so y is the better output.</source>
            <translation>书中针对标签 2 的两个输出：y 在正确解类别上为 0.6，y2 在类别 7 上为 0.6。y 的两种损失都更小，因此 y 是更好的输出。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="16" />
            <source>Book 4.2.1–4.2.2: y2 (“7” is most likely)</source>
            <translation>书中4.2.1–4.2.2：y2（“7”的概率最高）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="17" />
            <source>Deep Learning from Scratch, sections 4.2.1 and 4.2.2 (the second example)</source>
            <translation>《深度学习入门》4.2.1节和4.2.2节（第二个示例）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="22" />
            <source>The wrong guess: the network is 60% sure of 7 while the answer is 2. Cross-entropy only looks at the correct class: -log(0.1 + 1e-7).</source>
            <translation>错误的猜测：网络有60%的把握认为是 7，而正确答案是 2。交叉熵误差只看正确解类别：-log(0.1 + 1e-7)。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="26" />
            <source>Note 000 (Japanese): hand calculation of the squared error</source>
            <translation>笔记 000（日语）：手算均方误差</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="27" />
            <source>Learner's note 000, in Japanese: “『ゼロから作るDeep Learning』4章 メモ” (Qiita, hidenori-t)</source>
            <translation>学习者笔记 000（日语）：“『ゼロから作るDeep Learning』4章 メモ”（Qiita，hidenori-t）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="32" />
            <source>The note (“「2」を正解とする教師データ”) printed 0.097500000000000031: older NumPy printed 17 significant digits. It is the same float as today's repr 0.09750000000000003; the hand calculation ½·0.195 = 0.0975 differs only by binary rounding.</source>
            <translation>该笔记（“「2」を正解とする教師データ”）输出了 0.097500000000000031：旧版 NumPy 会输出17位有效数字。它与如今 repr 输出的 0.09750000000000003 是同一个浮点数；与手算结果 ½·0.195 = 0.0975 的差别仅来自二进制舍入。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="36" />
            <source>Note 001 (Japanese): cross-entropy divided by 10 by mistake</source>
            <translation>笔记 001（日语）：交叉熵误差被误除以10</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="37" />
            <source>Learner's note 001, in Japanese: “『ゼロから作るDeepLearning』メモ” (p. 94, batch cross-entropy)</source>
            <translation>学习者笔记 001（日语）：“『ゼロから作るDeepLearning』メモ”（p. 94，mini-batch 版交叉熵误差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="43" />
            <source>The author reshaped y to one row and then wrote “-np.sum(rnt * np.log(rny + 1e-7)) / 10”, dividing by the 10 classes instead of the batch size 1, and printed 0.0510825457099338. The correct value is 0.510825457099338 (batch size 1). Also, this y sums to 1.1 (0.1 on class 6), so it is not a probability vector; cross-entropy is still computed.</source>
            <translation>作者将 y 变形为一行后写了“-np.sum(rnt * np.log(rny + 1e-7)) / 10”，除以的是10个类别而不是批大小 1，输出了 0.0510825457099338。正确的值是 0.510825457099338（批大小为 1）。另外，这个 y 的和为 1.1（类别 6 上有 0.1），因此不是概率向量；交叉熵误差仍会照常计算。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="47" />
            <source>Note 002 (Korean): y2 = 0.6 on class 6 and 0.3 on class 7</source>
            <translation>笔记 002（韩语）：y2 在类别 6 上为 0.6，在类别 7 上为 0.3</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="48" />
            <source>Learner's note 002, in Korean: the sum of squared errors and cross-entropy in NumPy (SSE)</source>
            <translation>学习者笔记 002（韩语）：用 NumPy 实现均方误差和交叉熵误差（SSE）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="53" />
            <source>The note calls both “softmax함수의 출력” (softmax outputs), but its y2 sums to 1.3, so it cannot come from softmax. Squared error sees the extra mass (0.6425 vs the book's 0.5975); cross-entropy gives the same 2.302584092994546 because it only reads y2[2] = 0.1.</source>
            <translation>该笔记把两者都称为“softmax함수의 출력”（softmax 的输出），但其 y2 的和为 1.3，因此不可能来自 softmax。均方误差能反映多出来的部分（0.6425，书中为 0.5975）；交叉熵误差给出相同的 2.302584092994546，因为它只读取 y2[2] = 0.1。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="57" />
            <source>Note 003 (Chinese): the book's y</source>
            <translation>笔记 003（中文）：书中的 y</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="58" />
            <source>Learner's note 003, in Chinese: “均方误差的实现” (cnblogs, suqinghang)</source>
            <translation>学习者笔记 003（中文）：“均方误差的实现”（cnblogs，suqinghang）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="63" />
            <source>The note calls the function 均方误差 (“mean squared error”) like the book, but it is a half sum of squares, not a mean.</source>
            <translation>该笔记与书中一样将此函数称为均方误差（“mean squared error”），但它其实是平方和的一半，而不是平均值。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="68" />
            <source>Note 003 (Chinese): simpleNet, a 2×3 W and its gradient dW</source>
            <translation>笔记 003（中文）：simpleNet，2×3 的 W 及其梯度 dW</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="69" />
            <source>Learner's note 003, in Chinese: “损失函数关于权重参数的梯度” (cnblogs, suqinghang; book section 4.4.2)</source>
            <translation>学习者笔记 003（中文）：“损失函数关于权重参数的梯度”（cnblogs，suqinghang；书中 4.4.2 节）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="75" />
            <source>The book's simpleNet: scores p = x·W for x = (0.6, 0.9), y = softmax(p) (classes 0–2; 3–9 are 0), t = 2. The note printed W with only 8 decimals, so the loss from the printed W, 1.99269899927…, differs from its printed 1.992699002936635 in the 9th digit: the random W it used had more digits. dW (numerical_gradient) is on the Gradients tab; it matches the printed dW to its 8 decimals.</source>
            <translation>书中的 simpleNet：对 x = (0.6, 0.9) 的得分 p = x·W，y = softmax(p)（类别 0–2；3–9 为 0），t = 2。笔记只打印了 W 的 8 位小数，所以由打印出的 W 算出的损失 1.99269899927… 与它打印的 1.992699002936635 在第 9 位上不同：它所用的随机 W 有更多位数。dW（numerical_gradient）在“梯度”标签页上，与打印的 dW 在 8 位小数内一致。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="79" />
            <source>Note 004 (Japanese): squared error, samples 1 and 2</source>
            <translation>笔记 004（日语）：均方误差，样本 1 和 2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="80" />
            <source>Learner's note 004, in Japanese: swim-lover's MNIST series, part 10 (二乗和誤差)</source>
            <translation>学习者笔记 004（日语）：swim-lover 的 MNIST 系列第 10 回（二乗和誤差，均方误差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="85" />
            <source>Sample 1 puts 0.6 on the correct “2”; sample 2 puts 0.5 on “9” (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). Neither sums to 1 (1.07 and 1.13).</source>
            <translation>样本 1 在正确解“2”上为 0.6；样本 2 在“9”上为 0.5（“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”）。两者的和都不为1（分别为 1.07 和 1.13）。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="89" />
            <source>Note 004 (Japanese): cross-entropy, 0.99 vs 0.2 on the correct class</source>
            <translation>笔记 004（日语）：交叉熵误差，正确解类别上 0.99 与 0.2 的对比</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="90" />
            <source>Learner's note 004, in Japanese: swim-lover's MNIST series, part 10 (交差エントロピー誤差)</source>
            <translation>学习者笔记 004（日语）：swim-lover 的 MNIST 系列第 10 回（交差エントロピー誤差，交叉熵误差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="95" />
            <source>0.99 on the correct class gives a loss near 0, 0.2 gives 1.6094374124342252 ≈ -log 0.2. The first y sums to 1.46: it is not a probability vector, but cross-entropy only reads y[2].</source>
            <translation>正确解类别为 0.99 时损失接近 0，为 0.2 时损失为 1.6094374124342252 ≈ -log 0.2。第一个 y 的和为 1.46：它不是概率向量，但交叉熵误差只读取 y[2]。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="99" />
            <source>Why δ = 1e-7: the correct class has probability 0</source>
            <translation>为何需要 δ = 1e-7：正确解类别的概率为 0</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="100" />
            <source>Deep Learning from Scratch, section 4.2.2: delta = 1e-7 guards log(0)</source>
            <translation>《深度学习入门》4.2.2节：delta = 1e-7 防止出现 log(0)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="105" />
            <source>The book's y with the label 3, whose probability is 0.0: log(0) = -inf, so without δ the loss is inf. With δ = 1e-7 it is -log(1e-7) = 16.11809565095832, large but finite, so training can go on.</source>
            <translation>书中的 y 配上标签 3，其概率为 0.0：log(0) = -inf，因此不加 δ 时损失为 inf。加上 δ = 1e-7 后为 -log(1e-7) = 16.11809565095832，虽然很大但是有限值，因此训练可以继续进行。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Choose a panel (Ctrl+1, Ctrl+2, Ctrl+3)</source>
            <translation type="vanished">选择面板（Ctrl+1, Ctrl+2, Ctrl+3）</translation>
        </message>
        <message>
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, MNIST training</source>
            <translation type="vanished">Ctrl+1, Ctrl+2, Ctrl+3	损失函数、梯度下降法、MNIST训练</translation>
        </message>
        <message>
            <source>F1	This list</source>
            <translation type="vanished">F1	此列表</translation>
        </message>
        <message>
            <source>Choose a panel (Ctrl+1 to Ctrl+5, in the book's chapter order)</source>
            <translation type="vanished">选择面板（Ctrl+1 至 Ctrl+5，按书的章节顺序）</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+5	Forward pass, Loss functions, Gradient descent, MNIST training, Convolution</source>
            <translation type="vanished">Ctrl+1 … Ctrl+5	正向传播、损失函数、梯度下降法、MNIST训练、卷积</translation>
        </message>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNIST训练</translation>
        </message>
        <message>
            <source>Train a small network on MNIST and watch loss and accuracy (chapters 4 to 6)</source>
            <translation type="vanished">在MNIST上训练小型网络，观察损失和识别精度（第4至6章）</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="102" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="183" />
            <source>This panel failed to switch presentation mode</source>
            <translation>此面板切换演示模式失败</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="253" />
            <source>A panel failed to switch presentation mode</source>
            <translation>某个面板切换演示模式失败</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="258" />
            <source>Presentation mode on (F5 to leave)</source>
            <translation>演示模式已开启（按F5退出）</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="258" />
            <source>Presentation mode off</source>
            <translation>演示模式已关闭</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="278" />
            <source>A panel failed to switch theme</source>
            <translation>某个面板切换主题失败</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="297" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="306" />
            <source>About dlfs-studio</source>
            <translation>关于dlfs-studio</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="307" />
            <source>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;A desktop lab for learning how neural networks learn, after &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Saito, 2016).&lt;/p&gt;&lt;p&gt;Loss functions, gradient descent and MNIST training, computed by a small NumPy engine you can read.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;一个体验神经网络如何学习的桌面实验室，基于&lt;i&gt;深度学习入门：基于Python的理论与实现&lt;/i&gt;（斋藤康毅，2016）。&lt;/p&gt;&lt;p&gt;损失函数、梯度下降法和MNIST训练均由一个可阅读的小型NumPy引擎计算。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="322" />
            <source>Switching the language rebuilds the panels and discards it.</source>
            <translation>切换语言会重建面板，未保存的结果将被丢弃。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="324" />
            <source>The language was not changed.</source>
            <translation>语言未更改。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="331" />
            <source>Language: %1</source>
            <translation>语言：%1</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="376" />
            <source>Closing dlfs-studio discards it.</source>
            <translation>关闭 dlfs-studio 会丢弃未保存的结果。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="396" />
            <source>Not closed: the training is kept.</source>
            <translation>未关闭：训练结果已保留。</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="46" />
            <location filename="../../app/window_export.py" line="57" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="70" />
            <location filename="../../app/window_export.py" line="80" />
            <source>This panel has nothing to export yet.</source>
            <translation>此面板还没有可导出的内容。</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="76" />
            <source>No export target named %1</source>
            <translation>没有名为 %1 的导出目标</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="85" />
            <source>Which one?</source>
            <translation>保存哪一个？</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="105" />
            <source>Export image</source>
            <translation>导出图像</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="109" />
            <source>PNG image (*.png)</source>
            <translation>PNG图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="109" />
            <source>SVG vector image (*.svg)</source>
            <translation>SVG矢量图像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="120" />
            <source>Export data</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="125" />
            <source>CSV table (*.csv)</source>
            <translation>CSV表格 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="139" />
            <location filename="../../app/window_export.py" line="152" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="153" />
            <source>Could not save %1:
%2</source>
            <translation>无法保存 %1：
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
            <translation>选择面板（Ctrl+1 至 Ctrl+%1）</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="98" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="99" />
            <source>Export &amp;image…</source>
            <translation>导出图像(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="100" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="101" />
            <source>Save a plot of the current panel as PNG or SVG</source>
            <translation>将当前面板的图表保存为PNG或SVG</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="103" />
            <source>Export &amp;data…</source>
            <translation>导出数据(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="104" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="105" />
            <source>Save the data behind a plot of the current panel as CSV</source>
            <translation>将当前面板图表的数据保存为CSV</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="107" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="108" />
            <source>Close dlfs-studio</source>
            <translation>关闭dlfs-studio</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="109" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="110" />
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="111" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="113" />
            <source>Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)</source>
            <translation>适合投影仪的大字体和粗线条，隐藏次要控件（F5 或 Ctrl+P）</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="114" />
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="115" />
            <source>Use the whole screen (F11)</source>
            <translation>使用整个屏幕（F11）</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="116" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="117" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="118" />
            <source>&amp;Panels explained</source>
            <translation>面板说明(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="120" />
            <source>What each panel shows, with the book's section numbers, and the lecturer keys (F1)</source>
            <translation>各面板展示的内容及书中的节号，以及讲课用按键（F1）</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="121" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="122" />
            <source>List the keyboard shortcuts</source>
            <translation>列出键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="123" />
            <source>&amp;About dlfs-studio</source>
            <translation>关于dlfs-studio(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="124" />
            <source>About this application</source>
            <translation>关于本应用程序</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="135" />
            <source>F5 or Ctrl+P	Presentation mode on/off</source>
            <translation>F5 或 Ctrl+P	开启/关闭演示模式</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="136" />
            <source>F11	Full screen on/off</source>
            <translation>F11	开启/关闭全屏</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="138" />
            <source>Ctrl+E	Export image (PNG, SVG)</source>
            <translation>Ctrl+E	导出图像（PNG, SVG）</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="139" />
            <source>Ctrl+Shift+E	Export data (CSV)</source>
            <translation>Ctrl+Shift+E	导出数据（CSV）</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="140" />
            <source>F1	Panels explained, lecturer keys</source>
            <translation>F1	面板说明、讲课用按键</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="141" />
            <source>Shift+F1	This list</source>
            <translation>Shift+F1	本列表</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="142" />
            <source>Ctrl+Q	Quit</source>
            <translation>Ctrl+Q	退出</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="40" />
            <source>Forward pass</source>
            <extracomment>(key, untranslated title, module, class). Titles are translated at display time.</extracomment>
            <translation>正向传播</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="42" />
            <source>Loss functions</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="43" />
            <source>Gradient descent</source>
            <translation>梯度下降法</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="45" />
            <source>Backpropagation</source>
            <translation>误差反向传播法</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="47" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="49" />
            <source>Chapter 6</source>
            <translation>第6章</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="50" />
            <source>Convolution</source>
            <translation>卷积</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="56" />
            <source>Activations, the three-layer network, softmax overflow, a trained forward pass (chapter 3)</source>
            <extracomment>Short descriptions shown as tooltips on the panel tabs.</extracomment>
            <translation>激活函数、3层神经网络、softmax溢出、已训练网络的正向传播（第3章）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="58" />
            <source>Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)</source>
            <translation>在10类输出上探索均方误差和交叉熵误差（书中4.2节）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="60" />
            <source>Watch gradient descent and the optimizers of chapter 6 walk down a loss surface</source>
            <translation>观察梯度下降法和第6章的优化方法沿损失曲面下降</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="62" />
            <source>Step through backpropagation on computational graphs, a network and the gradient check (chapter 5)</source>
            <translation>在计算图、网络和梯度确认中逐步跟踪误差反向传播法（第5章）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="64" />
            <source>Train on MNIST or Fashion-MNIST; keep, compare, rewind and fork runs (chapters 4-7)</source>
            <translation>在MNIST或Fashion-MNIST上训练；保留、比较、回退和分支各次运行（第4至7章）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="66" />
            <source>Chapter 6's comparisons as races: same initial weights, same mini-batches (figures 6-9 to 6-24)</source>
            <translation>以竞赛形式进行第6章的比较：相同的权重初始值、相同的mini-batch（图6-9至6-24）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="68" />
            <source>im2col made visible; filters and feature maps inside a trained SimpleConvNet (chapter 7)</source>
            <translation>看见 im2col；已训练 SimpleConvNet 内部的滤波器与特征图（第7章）</translation>
        </message>
    </context>
    <context>
        <name>NetworkSource</name>
        <message>
            <location filename="../../app/panels/model_source.py" line="165" />
            <source>The training view's network cannot be shown here: %1</source>
            <translation>训练视图中的网络无法在此显示：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="168" />
            <source>from the training view: %1</source>
            <translation>来自训练视图：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="183" />
            <source>%1 cannot be shown here: %2</source>
            <translation>%1 无法在此显示：%2</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="185" />
            <source>loaded from %1</source>
            <translation>从 %1 加载</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="197" />
            <source>Network: %1</source>
            <translation>网络：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="209" />
            <source>Load the dataset first.</source>
            <translation>请先加载数据集。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="225" />
            <source>Training %1…</source>
            <translation>正在训练 %1…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="250" />
            <source>Training stopped; the network was not kept.</source>
            <translation>训练已停止；网络未保留。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="254" />
            <source>, test accuracy %1</source>
            <translation>，测试数据识别精度 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="255" />
            <source>%1 trained just now (%2 iterations%3)</source>
            <translation>%1 刚刚训练完成（%2 次迭代%3）</translation>
        </message>
    </context>
    <context>
        <name>NetworkSourceBar</name>
        <message>
            <location filename="../../app/panels/model_source.py" line="275" />
            <source>Use the training view's network</source>
            <translation>使用训练视图中的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="276" />
            <source>Show the network the MNIST training view holds now</source>
            <translation>显示 MNIST 训练视图当前的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="278" />
            <source>Load model…</source>
            <translation>加载模型…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="279" />
            <source>Open a model saved by the training view or by dlfs train --save (.npz)</source>
            <translation>打开由训练视图或 dlfs train --save 保存的模型（.npz）</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="282" />
            <source>Train a network in the background now (progress below; Cancel stops)</source>
            <translation>立即在后台训练网络（进度见下方；取消可停止）</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="284" />
            <source>Choose data folder…</source>
            <translation>选择数据文件夹…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="285" />
            <source>The folder holding MNIST's four files (or mnist/ and fashion-mnist/)</source>
            <translation>存放 MNIST 四个文件（或 mnist/ 和 fashion-mnist/）的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="312" />
            <source>The training view holds no network yet: train one there, load a model, or train one now here.</source>
            <translation>训练视图中还没有网络：请在那里训练、加载模型，或在此立即训练一个。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="316" />
            <source>Load model</source>
            <translation>加载模型</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="317" />
            <source>dlfs-studio model (*.npz)</source>
            <translation>dlfs-studio 模型 (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="330" />
            <source>Loading MNIST first…</source>
            <translation>正在先加载 MNIST…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="345" />
            <source>MNIST was not found. Choose the folder holding its four files, set DLFS_DATA, run “dlfs data --fetch mnist”, or download it from the MNIST training view's dataset dialog.</source>
            <translation>未找到 MNIST。请选择存放其四个文件的文件夹、设置 DLFS_DATA、运行“dlfs data --fetch mnist”，或在 MNIST 训练视图的数据集对话框中下载。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="352" />
            <source>Folder holding MNIST</source>
            <translation>存放 MNIST 的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="359" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="48" />
            <source>The book's three-layer network (section 3.4): a = x W + b, z = h(a), layer by layer. Edit any input, weight or bias below.</source>
            <extracomment>Diagram columns: x (2), layer 1 (3), layer 2 (2), output (2).</extracomment>
            <translation>书中的3层神经网络（3.4节）：逐层 a = x W + b，z = h(a)。可在下方编辑任意输入、权重或偏置。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="52" />
            <source>h:</source>
            <translation>h：</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="54" />
            <source>sigmoid function</source>
            <translation>sigmoid函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="55" />
            <source>ReLU function</source>
            <translation>ReLU函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="56" />
            <source>step function</source>
            <translation>阶跃函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="57" />
            <source>The activation function h of the hidden layers</source>
            <translation>隐藏层的激活函数 h</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="59" />
            <source>σ:</source>
            <translation>σ：</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="61" />
            <source>identity function</source>
            <translation>恒等函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="62" />
            <source>softmax function</source>
            <translation>softmax函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="63" />
            <source>The output function σ (the book uses the identity here)</source>
            <translation>输出层函数 σ（书中此处使用恒等函数）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="65" />
            <source>Book values</source>
            <translation>书中的值</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="66" />
            <source>Restore the book's x, weights and biases</source>
            <translation>恢复书中的 x、权重和偏置</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="71" />
            <source>Forward pass of the three-layer network</source>
            <translation>3层神经网络的正向传播</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="72" />
            <source>Lines are the weights: thicker for a larger |w|, blue positive, red negative. Next to each neuron: its a and z.</source>
            <translation>线表示权重：|w| 越大越粗，正为蓝、负为红。每个神经元旁是它的 a 和 z。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="103" />
            <source>The output as the book prints it (print(y), 8 digits)</source>
            <translation>与书中打印相同的输出（print(y)，8位）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="113" />
            <source>%1: double-click a number to edit it</source>
            <translation>%1：双击数字进行编辑</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="159" />
            <source>“%1” is not a finite number; %2 keeps its value.</source>
            <translation>“%1”不是有限的数；%2 保持原值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="219" />
            <source>y = %1   (book: [0.31682708 0.69627909])</source>
            <translation>y = %1   （书中：[0.31682708 0.69627909]）</translation>
        </message>
    </context>
    <context>
        <name>NumDiffView</name>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="62" />
            <source>f(x) = 0.01·x² + 0.1·x   (the book's function_1)</source>
            <extracomment>Errors of exactly 0 cannot be drawn on a log axis; they are drawn at this floor instead.</extracomment>
            <translation>f(x) = 0.01·x² + 0.1·x   （书中的 function_1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="64" />
            <source>The example function of section 4.3.2.</source>
            <translation>4.3.2节的示例函数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="68" />
            <source>The point x where the derivative is estimated; or drag the vertical line.</source>
            <translation>估计导数的点 x；也可以拖动竖线。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="71" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="73" />
            <source>The step h of the difference, from 1e-1 down to 1e-50.</source>
            <translation>差分的微小值 h，从 1e-1 到 1e-50。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="75" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="83" />
            <source>The exact derivative 0.02·x + 0.1.</source>
            <translation>精确导数 0.02·x + 0.1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="84" />
            <source>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, in full.</source>
            <translation>core.gradient.numerical_diff：(f(x+h) − f(x−h)) / 2h，完整精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="85" />
            <source>core.gradient.forward_diff: (f(x+h) − f(x)) / h, in full.</source>
            <translation>core.gradient.forward_diff：(f(x+h) − f(x)) / h，完整精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="86" />
            <source>true f′(x)</source>
            <translation>真值 f′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="87" />
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="88" />
            <source>forward</source>
            <translation>前向差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="95" />
            <source>The book's tangents use h = 1e-4 (numerical_diff's default).</source>
            <translation>书中的切线使用 h = 1e-4（numerical_diff 的默认值）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="98" />
            <source>The book's tangents (h = 1e-4):
x = 5:  slope {0}
x = 10: slope {1}</source>
            <translation>书中的切线（h = 1e-4）：
x = 5:  斜率 {0}
x = 10: 斜率 {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="108" />
            <source>f(x) with its tangent lines; drag the vertical line to move x.</source>
            <translation>f(x) 及其切线；拖动竖线可移动 x。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="113" />
            <source>f(x) and tangents</source>
            <translation>f(x) 和切线</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="120" />
            <source>tangent at x = {0:g}</source>
            <translation>x = {0:g} 处的切线</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="122" />
            <source>tangent at x (current h)</source>
            <translation>x 处的切线（当前 h）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="124" />
            <source>Drag to move x.</source>
            <translation>拖动以移动 x。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="133" />
            <source>Error of the estimates against h, both axes logarithmic; the dots mark the current h.</source>
            <translation>估计值的误差随 h 的变化，两轴均为对数坐标；圆点表示当前的 h。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="138" />
            <source>|estimate − true|</source>
            <translation>|估计值 − 真值|</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="139" />
            <source>Error against h</source>
            <translation>误差随 h 的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="152" />
            <source>forward difference</source>
            <translation>前向差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="153" />
            <source>central difference</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="160" />
            <source>book's h = 1e-4 →</source>
            <translation>书中的 h = 1e-4 →</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="167" />
            <source>x + h == x to the left</source>
            <translation>左侧 x + h == x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="268" />
            <source>x + h == x in float64: h = {0} is lost when added to x = {1} (rounding), so f(x+h) − f(x−h) = 0 and the estimate is {2}. Too small an h fails.</source>
            <translation>在 float64 中 x + h == x：h = {0} 加到 x = {1} 上时因舍入而丢失，因此 f(x+h) − f(x−h) = 0，估计值为 {2}。h 太小会导致失败。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="273" />
            <source>h is large: the forward difference is off by about 0.01·h (truncation error); the central difference cancels it for this quadratic.</source>
            <translation>h 较大：前向差分约有 0.01·h 的偏差（截断误差）；对于这个二次函数，中心差分会将其抵消。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="277" />
            <source>Rounding noise: f(x+h) and f(x−h) agree in most of their digits, so their difference has few correct digits left.</source>
            <translation>舍入噪声：f(x+h) 与 f(x−h) 的大部分位数相同，因此两者之差只剩下很少的正确位数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="281" />
            <source>Good: around h = 1e-4 (the book's choice) truncation and rounding errors are both small.</source>
            <translation>良好：在 h = 1e-4（书中的选择）附近，截断误差和舍入误差都很小。</translation>
        </message>
    </context>
    <context>
        <name>PanelDialogs</name>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="43" />
            <source>Folder holding the four IDX files</source>
            <translation>包含四个IDX文件的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="50" />
            <location filename="../../app/panels/training/dialogs.py" line="63" />
            <source>Loading %1 clears the results of this network.</source>
            <translation>加载 %1 会清除此网络的结果。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="58" />
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation>包含 mnist/ 和 fashion-mnist/ 的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="75" />
            <source>The dataset could not be loaded: %1</source>
            <translation>无法加载数据集：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="77" />
            <source>The dataset could not be loaded: %1: %2</source>
            <translation>无法加载数据集：%1：%2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="95" />
            <source>Save model</source>
            <translation>保存模型</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="96" />
            <location filename="../../app/panels/training/dialogs.py" line="114" />
            <source>NumPy model (*.npz)</source>
            <translation>NumPy模型 (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="107" />
            <source>Could not save the model: %1</source>
            <translation>无法保存模型：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="109" />
            <source>Saved the model to %1.</source>
            <translation>模型已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="113" />
            <source>Load model</source>
            <translation>加载模型</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="124" />
            <location filename="../../app/panels/training/dialogs.py" line="131" />
            <source>Could not load the model: %1</source>
            <translation>无法加载模型：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="139" />
            <source>Model %1 loaded.</source>
            <translation>已加载模型 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="141" />
            <source>Loaded %1; Start trains it further.</source>
            <translation>已加载 %1；点击“开始”继续训练。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="173" />
            <source>Deleting it discards it.</source>
            <translation>删除后将丢失。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="179" />
            <source>Folder to save the runs in</source>
            <translation>保存运行的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="184" />
            <source>Session folder to open</source>
            <translation>要打开的会话文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="196" />
            <source>A training run on %1 is going on (iteration %2 of %3); its network is not saved.</source>
            <translation>在 %1 上的训练正在进行（第 %2 / %3 次迭代）；其网络尚未保存。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="216" />
            <source>Unsaved network</source>
            <translation>未保存的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="217" />
            <source>Save the network first?</source>
            <translation>是否先保存网络？</translation>
        </message>
    </context>
    <context>
        <name>PanelLoadError</name>
        <message>
            <location filename="../../app/window_panels.py" line="81" />
            <source>The panel “%1” could not be loaded:</source>
            <translation>无法加载面板“%1”：</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="62" />
            <source>Reset: go back to the start point (step 0).</source>
            <translation>重置：回到起点（第0步）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="64" />
            <source>Step back: return exactly to the previous step.</source>
            <translation>后退一步：准确回到上一步。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="65" />
            <location filename="../../app/panels/descent/playback.py" line="156" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="66" />
            <source>Play or pause the animation.</source>
            <translation>播放或暂停动画。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="68" />
            <source>Single step forward: take one optimizer update.</source>
            <translation>前进一步：执行一次参数更新。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="74" />
            <source>Speed (steps/s)</source>
            <translation>速度（步/秒）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="77" />
            <source>Animation speed in steps per second.</source>
            <translation>动画速度（每秒步数）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="153" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
    </context>
    <context>
        <name>RaceController</name>
        <message>
            <location filename="../../app/panels/races/controller.py" line="45" />
            <source>plain</source>
            <translation>无正则化</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="46" />
            <source>weight decay {0}</source>
            <translation>权值衰减 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="47" />
            <source>dropout {0}</source>
            <translation>Dropout {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="48" />
            <source>BatchNorm (w {0})</source>
            <translation>有Batch Normalization（w {0}）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="49" />
            <source>no BatchNorm (w {0})</source>
            <translation>无Batch Normalization（w {0}）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="50" />
            <source>trial {0}</source>
            <translation>试验 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="51" />
            <source>learning rate {0}</source>
            <translation>学习率 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="52" />
            <source>batch size {0}</source>
            <translation>批大小 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="53" />
            <source>hidden sizes {0}</source>
            <translation>隐藏层大小 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="54" />
            <source>weight init {0}</source>
            <translation>权重初始值 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="55" />
            <source>optimizer {0}</source>
            <translation>最优化方法 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="56" />
            <source>with BatchNorm</source>
            <translation>有Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="57" />
            <source>without BatchNorm</source>
            <translation>无Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="328" />
            <source>All racers start from the same initial weights and see the same mini-batches in the same order.</source>
            <translation>所有参赛者从相同的权重初始值出发，以相同的顺序看到相同的mini-batch。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="332" />
            <source>All racers see the same mini-batches in the same order.</source>
            <translation>所有参赛者以相同的顺序看到相同的mini-batch。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="336" />
            <source>The init schemes differ: the racers share the same random draws, scaled differently, so they cannot share initial weights.</source>
            <translation>初始值的设定方法不同：参赛者使用相同的随机数但缩放不同，因此无法共享权重初始值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="339" />
            <source>The networks have different shapes, so they cannot share initial weights.</source>
            <translation>网络的形状不同，因此无法共享权重初始值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="341" />
            <source>The batch sizes differ, so the mini-batches differ too.</source>
            <translation>批大小不同，因此mini-batch也不同。</translation>
        </message>
    </context>
    <context>
        <name>RaceView</name>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="51" />
            <source>Leaderboard</source>
            <translation>排行榜</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>optimizer</source>
            <translation>优化方法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>lr</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <location filename="../../app/panels/descent/race_board.py" line="55" />
            <source>steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>f now</source>
            <translation>当前 f</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="56" />
            <source>Steps until f(x) ≤ ε for the first time.</source>
            <translation>首次达到 f(x) ≤ ε 所需的步数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="65" />
            <source>Who reaches f ≤ ε first (fewest steps); the rest ordered by their current f. Hover a number for full precision.</source>
            <translation>最先达到 f ≤ ε 者（步数最少）排在最前；其余按当前 f 排序。悬停在数字上可查看完整精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="81" />
            <source>diverged</source>
            <translation>发散</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="83" />
            <source>not yet</source>
            <translation>尚未</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="83" />
            <source>not reached</source>
            <translation>未到达</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="103" />
            <source>ε = {0}; a racer finishes at the first step with f(x) ≤ ε (core.descent.steps_to_reach).</source>
            <translation>ε = {0}；参赛者在首次满足 f(x) ≤ ε 的那一步到达终点（core.descent.steps_to_reach）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="112" />
            <source>Book figure 6-8</source>
            <extracomment>The book's figure 6-8: surface, start, steps and learning rates (optimizer_compare_naive.py). The four panels of the book's figure, in its order.</extracomment>
            <translation>书中图6-8</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="113" />
            <source>Chapter 6's comparison: x²/20 + y² from (-7, 2), 30 steps, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.</source>
            <translation>第6章的比较：x²/20 + y²，从 (-7, 2) 出发，30 步，SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="131" />
            <source>Include {0} in the race.</source>
            <translation>让 {0} 参加竞赛。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="134" />
            <source>Learning rate of {0}, used exactly as typed.</source>
            <translation>{0} 的学习率，完全按输入值使用。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="142" />
            <source>Optimizer and learning rate</source>
            <translation>优化方法和学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="143" />
            <source>Each optimizer's learning rate; other hyperparameters keep the book's defaults.</source>
            <translation>各优化方法的学习率；其他超参数保持书中的默认值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="148" />
            <source>Number of updates for every optimizer.</source>
            <translation>每个优化方法的更新次数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="150" />
            <source>Steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="152" />
            <source>analytic (like chapter 6)</source>
            <translation>解析（同第6章）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="153" />
            <source>numerical (h = 1e-4)</source>
            <translation>数值微分（h = 1e-4）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="154" />
            <source>Which gradient drives the updates; chapter 6 uses the formula.</source>
            <translation>用哪种梯度进行更新；第6章使用公式（解析梯度）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="156" />
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="160" />
            <source>Start x0 for every optimizer; or click the plot.</source>
            <translation>所有优化方法共同的起点 x0；也可以点击图。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="163" />
            <source>Start x1 for every optimizer; or click the plot.</source>
            <translation>所有优化方法共同的起点 x1；也可以点击图。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="167" />
            <source>Start</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="170" />
            <source>The finish line: a racer finishes when f(x) ≤ ε.</source>
            <translation>终点线：当 f(x) ≤ ε 时，参赛者到达终点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="172" />
            <source>ε (finish)</source>
            <translation>ε（终点）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="178" />
            <source>One plot</source>
            <translation>单个图</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="179" />
            <source>All racers on one plot.</source>
            <translation>所有参赛者画在一张图上。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="180" />
            <source>2×2 like the book</source>
            <translation>同书中的 2×2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="181" />
            <source>Four small plots like figure 6-8: SGD, Momentum, AdaGrad, Adam.</source>
            <translation>像图6-8一样的四张小图：SGD、Momentum、AdaGrad、Adam。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="199" />
            <source>The race's current step.</source>
            <translation>竞赛的当前步。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="201" />
            <source>Click to set the common start point.</source>
            <translation>点击设置共同的起点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="223" />
            <source>Figure 6-8: each optimizer's path on x²/20 + y².</source>
            <translation>图6-8：各优化方法在 x²/20 + y² 上的路径。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="411" />
            <source>{0} (not in the race)</source>
            <translation>{0}（未参赛）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="425" />
            <source>Tick at least one optimizer to start a race.</source>
            <translation>请至少勾选一个优化方法以开始竞赛。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="427" />
            <source>step {0} of {1}   ·   start {2}   ·   {3}</source>
            <translation>第 {0} / {1} 步   ·   起点 {2}   ·   {3}</translation>
        </message>
    </context>
    <context>
        <name>RacesPanel</name>
        <message>
            <location filename="../../app/panels/races/panel.py" line="90" />
            <source>Curves</source>
            <extracomment>preset key -&gt; (button text, options for core.races.preset) What a custom race starts from: the book's 5-layer ReLU net, SGD lr 0.01, batch 100, 1000 iterations.</extracomment>
            <translation>曲线</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="91" />
            <location filename="../../app/panels/races/panel.py" line="326" />
            <source>Figure 6-19 grid</source>
            <translation>图6-19网格</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="92" />
            <location filename="../../app/panels/races/panel.py" line="327" />
            <source>Search scatter</source>
            <translation>搜索散点图</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="93" />
            <source>Activations</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="101" />
            <source>Pick one of the book's races, or build your own, and press its button.</source>
            <translation>选择书中的一个竞赛，或自己组建一个，然后按下它的按钮。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="111" />
            <source>The book's races</source>
            <translation>书中的竞赛</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="113" />
            <source>Optimizers (figure 6-9)</source>
            <translation>最优化方法（图6-9）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="113" />
            <source>Weight init (figure 6-14)</source>
            <translation>权重初始值（图6-14）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="114" />
            <source>BatchNorm at one scale (figure 6-18)</source>
            <translation>单一尺度下的Batch Normalization（图6-18）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="115" />
            <source>BatchNorm, 16 scales (figure 6-19)</source>
            <translation>Batch Normalization，16个尺度（图6-19）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="116" />
            <source>Overfitting on 300 images (6-20 to 6-23)</source>
            <translation>300张图像上的过拟合（6-20至6-23）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="117" />
            <source>Random search (figure 6-24)</source>
            <translation>随机搜索（图6-24）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="126" />
            <source>Weight scale for 6-18:</source>
            <translation>6-18的权重尺度：</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="138" />
            <source>Your own race</source>
            <translation>自己的竞赛</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>optimizer</source>
            <translation>最优化方法</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>weight init</source>
            <translation>权重初始值</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="142" />
            <source>BatchNorm</source>
            <translation>Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="142" />
            <source>weight decay</source>
            <translation>权值衰减</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="143" />
            <source>dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="143" />
            <source>batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="144" />
            <source>hidden sizes</source>
            <translation>隐藏层大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="155" />
            <source>Start this race</source>
            <translation>开始这个竞赛</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="157" />
            <source>Vary</source>
            <translation>改变的设置</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="158" />
            <source>Values</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="159" />
            <source>Iterations</source>
            <translation>迭代次数</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="163" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="167" />
            <source>Repeat the race over several seeds: each variant is drawn as its mean with a min-max band</source>
            <translation>用多个种子重复竞赛：每个设置画成平均值和最小至最大的带</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="169" />
            <source>Seeds</source>
            <translation>种子数</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="171" />
            <location filename="../../app/panels/races/panel.py" line="273" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="173" />
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="175" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="180" />
            <source>Save as session…</source>
            <translation>另存为会话…</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="181" />
            <source>Keep every racer as a run in a session folder (the training view and dlfs replay open it)</source>
            <translation>将每个参赛者作为运行记录保存到会话文件夹（训练视图和 dlfs replay 可以打开）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="199" />
            <source>784-100x4-10 ReLU net (He init), batch 128, 2000 iterations, each optimizer with the book's learning rate. Watch SGD's loss fall slowest; AdaGrad and Adam drop fastest at first.</source>
            <translation>784-100x4-10 的ReLU网络（He初始值），批大小128，2000次，各方法使用书中的学习率。注意SGD的损失下降最慢，AdaGrad和Adam一开始下降最快。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="202" />
            <source>784-100x4-10 ReLU net, SGD lr 0.01, batch 128. With std 0.01 the signals vanish and the loss stays at 2.3; He learns fastest. See the activations tab.</source>
            <translation>784-100x4-10 的ReLU网络，SGD lr 0.01，批大小128。标准差为0.01时信号消失，损失停在2.3；He学习最快。也请看激活值标签页。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="204" />
            <source>784-100x5-10 ReLU net on 1000 images, SGD lr 0.01, 20 epochs: training accuracy with and without BatchNorm at one weight scale.</source>
            <translation>在1000张图像上训练784-100x5-10 的ReLU网络，SGD lr 0.01，20个epoch：单一权重尺度下有无Batch Normalization的训练识别精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="206" />
            <source>The same at 16 weight scales from 1 to 0.0001. With BatchNorm the net learns at almost every scale; without, it fails when the scale is too large or too small.</source>
            <translation>同样的实验在从1到0.0001的16个权重尺度上进行。有Batch Normalization时几乎在每个尺度都能学习；没有时，尺度过大或过小都会失败。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="208" />
            <source>784-100x6-10 ReLU net on 300 images. Plain: training accuracy reaches 100% while test accuracy stalls; weight decay 0.1 and dropout 0.2 narrow the gap (dropout runs 301 epochs, as in the book).</source>
            <translation>在300张图像上训练784-100x6-10 的ReLU网络。无正则化时训练识别精度达到100%，测试识别精度却停滞；权值衰减0.1和Dropout 0.2缩小了差距（与书中相同，Dropout运行301个epoch）。注意过拟合。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="211" />
            <source>100 trials of lr = 10^U(-6,-2) and weight decay = 10^U(-8,-4), 50 epochs on 400 images, validation accuracy on 100 others. Good trials cluster at lr 1e-3 to 1e-2; the test set is never touched.</source>
            <translation>lr = 10^U(-6,-2)、权值衰减 = 10^U(-8,-4) 的100次试验，在400张图像上训练50个epoch，用另外100张计算验证识别精度。好的试验集中在 lr 1e-3 至 1e-2；完全不使用测试数据。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="219" />
            <source>SGD, Momentum, AdaGrad, Adam</source>
            <translation>SGD、Momentum、AdaGrad、Adam</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="220" />
            <source>Weight init: std 0.01, Xavier, He</source>
            <translation>权重初始值：标准差0.01、Xavier、He</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="221" />
            <source>BatchNorm against none</source>
            <translation>有无Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="222" />
            <source>BatchNorm against none over 16 weight scales</source>
            <translation>16个权重尺度下有无Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="223" />
            <source>Overfitting on 300 images</source>
            <translation>300张图像上的过拟合</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="224" />
            <source>Random search over learning rate and weight decay</source>
            <translation>学习率和权值衰减的随机搜索</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="226" />
            <source>{0} (figure {1})</source>
            <translation>{0}（图{1}）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="229" />
            <source>Your race: {0}</source>
            <translation>自己的竞赛：{0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="233" />
            <source>Starting a new race discards it.</source>
            <translation>开始新的竞赛会丢弃它。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="273" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="285" />
            <source>Could not save the session: %1</source>
            <translation>无法保存会话：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="288" />
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="292" />
            <source>Save the race as a session folder</source>
            <translation>将竞赛保存为会话文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="297" />
            <source>Chapter 6 races</source>
            <translation>第6章竞赛</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="324" />
            <source>Race curves</source>
            <translation>竞赛曲线</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="325" />
            <source>Race final figures</source>
            <translation>竞赛最终结果</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="342" />
            <source>Unsaved race</source>
            <translation>未保存的竞赛</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="343" />
            <source>The race's runs are not saved.</source>
            <translation>竞赛的运行记录尚未保存。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="343" />
            <source>Save them first?</source>
            <translation>先保存吗？</translation>
        </message>
    </context>
    <context>
        <name>RunButtons</name>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <source>Train a new run with these settings; the runs before it are kept (a selected loaded model is trained further)  [Space]</source>
            <translation>用这些设置训练一个新的运行；之前的运行会保留（若选中的是已加载的模型，则继续训练它）  [Space]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <location filename="../../app/panels/training/buttons.py" line="79" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <source>Pause or resume training  [Space]</source>
            <translation>暂停或继续训练  [Space]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Train exactly one mini-batch, then pause  [→]</source>
            <translation>只训练一个mini-batch，然后暂停  [→]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="31" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="31" />
            <source>End the run; the network keeps what it learned</source>
            <translation>结束训练；网络保留已学到的内容</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="32" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="32" />
            <source>Get ready for a new run: the weights of the seed are shown; the runs so far stay in the list  [Home]</source>
            <translation>准备新的运行：显示该随机种子给出的权重；之前的运行保留在列表中  [Home]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="34" />
            <source>Save the network shown as .npz (once it has been trained or loaded)</source>
            <translation>将显示的网络保存为 .npz（需先训练或加载）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="35" />
            <source>Save model…</source>
            <translation>保存模型…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="36" />
            <source>Load model…</source>
            <translation>加载模型…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="36" />
            <source>Load a network saved as .npz (as a run of its own)</source>
            <translation>加载保存为 .npz 的网络（作为一个独立的运行）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start fork</source>
            <translation>开始分支</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="79" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
    </context>
    <context>
        <name>RunsList</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>run</source>
            <extracomment>Runs the list shows without scrolling (at 1280x720 in normal mode).</extracomment>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="51" />
            <source>train acc</source>
            <translation>训练精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="51" />
            <source>test acc</source>
            <translation>测试精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="52" />
            <source>Every run is kept until you delete it: tick to overlay its curves, click to inspect it, double-click its name to rename it</source>
            <translation>每个运行都会保留，直到你删除它：勾选可叠加显示其曲线，单击可查看它，双击名称可重命名</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="65" />
            <source>Delete run</source>
            <translation>删除运行</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="66" />
            <source>Forget the selected run (asks first when it is not saved)</source>
            <translation>删除选中的运行（未保存时会先询问）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="68" />
            <source>Save runs…</source>
            <translation>保存运行…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="69" />
            <source>Save the runs (settings, curves, checkpoints) as a session folder</source>
            <translation>将各运行（设置、曲线、检查点）保存为会话文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="71" />
            <source>Open runs…</source>
            <translation>打开运行…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="72" />
            <source>Open a session folder saved by the app or by dlfs train --session</source>
            <translation>打开由本应用或 dlfs train --session 保存的会话文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="129" />
            <source>Tick to show this run's curves</source>
            <translation>勾选以显示此运行的曲线</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>running</source>
            <translation>训练中</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>diverged</source>
            <translation>发散</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="150" />
            <source>loaded</source>
            <translation>已加载</translation>
        </message>
    </context>
    <context>
        <name>ScatterView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="235" />
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="236" />
            <source>weight decay</source>
            <translation>权值衰减</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="244" />
            <source>Best trials (validation accuracy)</source>
            <translation>最佳试验（验证识别精度）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="264" />
            <source>colour: validation accuracy (dark 0, yellow 1)</source>
            <translation>颜色：验证识别精度（暗 0，黄 1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="284" />
            <source>{0}: val acc {1:.3f} | lr {2:.2e}, weight decay {3:.2e}</source>
            <translation>{0}：验证 {1:.3f} | lr {2:.2e}，权值衰减 {3:.2e}</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <location filename="../../app/panels/training/form.py" line="67" />
            <source>Why the settings cannot be used yet</source>
            <translation>设置暂时无法使用的原因</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="80" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="86" />
            <source>Folder of IDX files…</source>
            <translation>IDX文件所在文件夹…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="87" />
            <source>The dataset to train on: MNIST digits, Fashion-MNIST clothes, or any folder holding the four IDX files</source>
            <translation>用于训练的数据集：MNIST手写数字、Fashion-MNIST服饰，或任何包含四个IDX文件的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="91" />
            <source>Data folder…</source>
            <translation>数据文件夹…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="92" />
            <source>The folder holding mnist/ and fashion-mnist/ (remembered; the DLFS_DATA variable also sets it)</source>
            <translation>包含 mnist/ 和 fashion-mnist/ 的文件夹（会被记住；也可用环境变量 DLFS_DATA 设置）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="97" />
            <source>No dataset loaded</source>
            <translation>未加载数据集</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="99" />
            <source>Which dataset is loaded and where it came from</source>
            <translation>已加载的数据集及其来源</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="103" />
            <source>The first training images with their labels</source>
            <translation>前几张训练图像及其标签</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="136" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="143" />
            <source>A network of the book with its hyperparameters; change any of them below</source>
            <translation>书中的网络及其超参数；可在下方修改任意一项</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="147" />
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="149" />
            <source>Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers</source>
            <translation>隐藏层大小，例如 50；多层时写作 100, 100, 100</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="150" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Hidden sizes</source>
            <translation>隐藏层大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="153" />
            <source>Activation function of the hidden layers (chapter 3)</source>
            <translation>隐藏层的激活函数（第3章）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="155" />
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="159" />
            <source>Initial weight scale: a standard deviation such as 0.01, or He (for ReLU) / Xavier (for sigmoid), section 6.2</source>
            <translation>权重初始值的尺度：标准差（例如 0.01），或 He（用于ReLU）/ Xavier（用于sigmoid），6.2节</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="162" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Weight init</source>
            <translation>权重初始值</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="163" />
            <source>Batch normalization</source>
            <translation>Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="164" />
            <source>Insert BatchNorm before each activation (section 6.3; chapter 6 preset only)</source>
            <translation>在每个激活函数之前插入 Batch Normalization（6.3节；仅限第6章预设）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="168" />
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation>训练时通过 Dropout 删除的隐藏层神经元比例，0 到 0.99（6.4.3节；仅限第6章预设）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="170" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="171" />
            <source>Weight decay λ: adds 0.5·λ·ΣW² to the loss (section 6.4.2; chapter 6 preset only)</source>
            <translation>权值衰减 λ：在损失上加上 0.5·λ·ΣW²（6.4.2节；仅限第6章预设）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="173" />
            <location filename="../../app/panels/training/form.py" line="292" />
            <source>Weight decay λ</source>
            <translation>权值衰减 λ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="177" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="181" />
            <source>Update rule (chapter 6); can be changed while training</source>
            <translation>更新规则（第6章）；训练中也可更改</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="184" />
            <location filename="../../app/panels/training/form.py" line="293" />
            <source>Optimizer</source>
            <translation>优化方法</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="185" />
            <source>The optimizer's own settings as name=value pairs, e.g. momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the book's values shown in grey</source>
            <translation>优化方法自身的设置，写成 name=value 的形式，例如 momentum=0.9（Momentum、Nesterov）、decay_rate=0.99（RMSprop）、beta1=0.9, beta2=0.999（Adam）；留空 = 使用灰色显示的书中值</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="189" />
            <location filename="../../app/panels/training/form.py" line="294" />
            <source>Optimizer settings</source>
            <translation>优化方法设置</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="191" />
            <source>Learning rate; press Enter to change it while training</source>
            <translation>学习率；训练中按Enter即可更改</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="193" />
            <location filename="../../app/panels/training/form.py" line="292" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="194" />
            <source>Images per mini-batch</source>
            <translation>每个mini-batch的图像数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="195" />
            <location filename="../../app/panels/training/form.py" line="293" />
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="197" />
            <source>book (random batches, iterations)</source>
            <translation>同书中（随机批次，迭代次数）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="198" />
            <source>epochs (shuffled passes)</source>
            <translation>epoch（打乱后遍历）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="199" />
            <source>Book: mini-batches drawn at random with replacement for a number of iterations, as train_neuralnet.py; epochs: each epoch visits every training image once</source>
            <translation>书中模式：与 train_neuralnet.py 一样，按迭代次数有放回地随机抽取mini-batch；epoch模式：每个epoch将每张训练图像遍历一次</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="203" />
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="204" />
            <source>Number of mini-batches (book mode)</source>
            <translation>mini-batch的数量（书中模式）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="205" />
            <source>Iterations</source>
            <translation>迭代次数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="206" />
            <source>Number of passes over the training set (epochs mode)</source>
            <translation>遍历训练数据的次数（epoch模式）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="207" />
            <source>Epochs</source>
            <translation>epoch数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="208" />
            <source>Random seed of the initial weights and the mini-batches: the same seed replays the same run exactly</source>
            <translation>权重初始值和mini-batch的随机种子：相同的种子会完全重现相同的训练过程</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="210" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="211" />
            <source>Train on the first N images only (0 = all); useful for the slow convolutional network</source>
            <translation>只用前 N 张图像训练（0 = 全部）；适用于较慢的卷积神经网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="213" />
            <location filename="../../app/panels/training/form.py" line="216" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="214" />
            <source>Training images</source>
            <translation>训练图像</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="215" />
            <source>Evaluate on the first N test images only (0 = all)</source>
            <translation>只用前 N 张测试图像评估（0 = 全部）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="217" />
            <source>Test images</source>
            <translation>测试图像</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="279" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>SoftmaxView</name>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="42" />
            <source>Logits a:</source>
            <translation>输入 a：</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="44" />
            <source>2 to 10 logits separated by commas; press Enter. Or drag the handles in the left plot.</source>
            <translation>输入 2 到 10 个以逗号分隔的值并按 Enter；也可拖动左图中的手柄。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="47" />
            <source>Examples…</source>
            <translation>示例…</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="48" />
            <source>Overflow: (1010, 1000, 990)</source>
            <translation>溢出：(1010, 1000, 990)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="49" />
            <source>Section 3.5.1: (0.3, 2.9, 4.0)</source>
            <translation>3.5.1节：(0.3, 2.9, 4.0)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="50" />
            <source>The book's two examples</source>
            <translation>书中的两个示例</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="56" />
            <source>Logits a (drag)</source>
            <translation>输入 a（拖动）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="62" />
            <source>Naive: exp(a) / Σ exp(a)</source>
            <translation>朴素实现：exp(a) / Σ exp(a)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="66" />
            <source>Stable: exp(a − max a) / Σ exp(a − max a)</source>
            <translation>改进版：exp(a − max a) / Σ exp(a − max a)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="109" />
            <source>Give 2 to 10 logits.</source>
            <translation>请输入 2 到 10 个值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="112" />
            <source>Keep the logits between -1e6 and 1e6.</source>
            <translation>请让值保持在 -1e6 到 1e6 之间。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="129" />
            <source>Drag up or down to change this logit</source>
            <translation>上下拖动以改变此值</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="172" />
            <source>nan: exp overflowed</source>
            <translation>nan：exp 溢出</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="192" />
            <source>sum = %1</source>
            <translation>总和 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="194" />
            <source>Naive (section 3.5.1)</source>
            <translation>朴素实现（3.5.1节）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="197" />
            <source>exp(a) is larger than the biggest float (about 1.8e308, exp(709.78)): inf / inf = nan.</source>
            <translation>exp(a) 超过浮点数的最大值（约 1.8e308 = exp(709.78)）：inf / inf = nan。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="200" />
            <source>Max subtracted (section 3.5.2)</source>
            <translation>减去最大值（3.5.2节）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="205" />
            <source>Why subtracting is allowed: for any constant C, y_k = C exp(a_k) / Σ C exp(a_i) = exp(a_k + log C) / Σ exp(a_i + log C), because exp(log C) = C. Choose log C = C′ = −max a. Check with C = %1: exp(log C) = %2.</source>
            <translation>为何可以减去：对任意常数 C，y_k = C exp(a_k) / Σ C exp(a_i) = exp(a_k + log C) / Σ exp(a_i + log C)，因为 exp(log C) = C。取 log C = C′ = −max a。用 C = %1 验证：exp(log C) = %2。</translation>
        </message>
    </context>
    <context>
        <name>StatusStrip</name>
        <message>
            <location filename="../../app/panels/training/status.py" line="39" />
            <source>Load a dataset to begin.</source>
            <extracomment>Least seconds between two live status lines while a run trains (each line relayouts and repaints the strip, and every millisecond the GUI thread spends is one the training thread waits for the GIL).</extracomment>
            <translation>加载数据集以开始。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="40" />
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation>迭代次数、epoch、训练速度、已用时间和剩余时间</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="49" />
            <source>Share of the run done (its mini-batches, then its last evaluation)</source>
            <translation>本次运行的完成比例（先是各mini-batch，然后是最后一次评估）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="53" />
            <source>What happened last (errors, divergence, results)</source>
            <translation>最近发生的情况（错误、发散、结果）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="93" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation>迭代 %1 / %2 · epoch %3 · %4 张/秒 · 剩余 %5</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="98" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation>迭代 %1 / %2 · epoch %3 · %4 张/秒 · 已用 %5 · 剩余 %6 · 学习率 %7</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="113" />
            <source>Iteration %1 / %1 · evaluating the final network on the training and test images…</source>
            <translation>迭代 %1 / %1 · 正在用训练和测试图像评估最终网络…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="121" />
            <source>evaluating %p% · about %1 left</source>
            <translation>评估中 %p% · 约剩 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="122" />
            <source>evaluating…</source>
            <translation>评估中…</translation>
        </message>
    </context>
    <context>
        <name>StepLedger</name>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="160" />
            <source>Every step: point, value, numerical and exact gradient, step and optimizer state; hover a cell for full precision, Ctrl+C copies it exactly.</source>
            <translation>每一步的点、函数值、数值梯度与精确梯度、更新量和最优化方法的状态；悬停在单元格上可查看完整精度，Ctrl+C 可精确复制。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>Copy with full precision</source>
            <translation>以完整精度复制</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="167" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="236" />
            <source>Show all columns</source>
            <translation>显示所有列</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="237" />
            <source>Fit column widths</source>
            <translation>自动调整列宽</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="61" />
            <source>∂f/∂x0 numerical</source>
            <extracomment>Column names as shown (translated); CSV headers stay in BASE's stable English form.</extracomment>
            <translation>∂f/∂x0 数值</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="62" />
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 解析</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="63" />
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 数值</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="64" />
            <source>∂f/∂x1 analytic</source>
            <translation>∂f/∂x1 解析</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="65" />
            <source>step x0</source>
            <translation>更新量 x0</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="66" />
            <source>step x1</source>
            <translation>更新量 x1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="159" />
            <source>Right-click the column titles to choose the columns.</source>
            <translation>右键单击列标题可选择要显示的列。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="164" />
            <source>Step number k (0 is the start point).</source>
            <translation>步骤编号 k（0 为起点）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="165" />
            <source>First coordinate of the point x_k.</source>
            <translation>点 x_k 的第一个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="165" />
            <source>Second coordinate of the point x_k.</source>
            <translation>点 x_k 的第二个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="166" />
            <source>Function value f(x_k).</source>
            <translation>函数值 f(x_k)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="167" />
            <source>Central-difference estimate of ∂f/∂x0 at x_k (core.gradient.numerical_gradient).</source>
            <translation>在 x_k 处用中心差分估计的 ∂f/∂x0（core.gradient.numerical_gradient）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="168" />
            <source>Exact ∂f/∂x0 at x_k from the surface's formula.</source>
            <translation>根据曲面公式求得的 x_k 处的精确 ∂f/∂x0。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="169" />
            <source>Central-difference estimate of ∂f/∂x1 at x_k.</source>
            <translation>在 x_k 处用中心差分估计的 ∂f/∂x1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="170" />
            <source>Exact ∂f/∂x1 at x_k from the surface's formula.</source>
            <translation>根据曲面公式求得的 x_k 处的精确 ∂f/∂x1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="171" />
            <source>Step taken from x_k to x_(k+1), first coordinate.</source>
            <translation>从 x_k 到 x_(k+1) 的更新量，第一个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="172" />
            <source>Step taken from x_k to x_(k+1), second coordinate.</source>
            <translation>从 x_k 到 x_(k+1) 的更新量，第二个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="175" />
            <source>Optimizer state (velocity v, squared-gradient sum h, Adam's m and v) before this update.</source>
            <translation>本次更新前的优化方法状态（速度 v、梯度平方和 h、Adam 的 m 和 v）。</translation>
        </message>
    </context>
    <context>
        <name>SurfacePicker</name>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="52" />
            <source>custom: type f(x0, x1)…</source>
            <extracomment>Display names of the optimizers (keys are core's).</extracomment>
            <translation>自定义：输入 f(x0, x1)…</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="55" />
            <source>Choose the function to descend, or 'custom' to type your own.</source>
            <translation>选择要下降的函数，或选择“自定义”输入自己的函数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="60" />
            <source>e.g. x0**2 + 3*sin(x1)</source>
            <translation>例如 x0**2 + 3*sin(x1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="61" />
            <source>Type a function of x0 and x1 and press Enter; it is parsed safely by core (never evaluated as Python).</source>
            <translation>输入 x0 和 x1 的函数并按Enter；core 会安全地解析它（绝不会作为 Python 代码执行）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="63" />
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="64" />
            <source>Draw and descend the typed function.</source>
            <translation>绘制输入的函数并在其上下降。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="137" />
            <source> at character {0}</source>
            <translation>（第 {0} 个字符处）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="138" />
            <source>Not used{0}: {1}. The previous surface stays drawn.</source>
            <translation>未采用{0}：{1}。仍显示之前的曲面。</translation>
        </message>
    </context>
    <context>
        <name>Surfaces</name>
        <message>
            <location filename="../../core/surfaces.py" line="129" />
            <source>The book's function_2 (section 4.4): a round bowl with its minimum at the origin.</source>
            <translation>书中的 function_2（4.4节）：圆形的碗状曲面，最小值位于原点。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="132" />
            <source>Chapter 6's elongated bowl f(x, y) = x**2/20 + y**2: steep in y, flat in x, where plain SGD zig-zags.</source>
            <translation>第6章的细长碗状曲面 f(x, y) = x**2/20 + y**2：y 方向陡峭，x 方向平缓，普通的 SGD 会呈“之”字形移动。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="136" />
            <source>Rosenbrock's banana valley: easy to reach the valley, slow to follow it to (1, 1).</source>
            <translation>Rosenbrock 的香蕉形山谷：很容易到达谷底，但沿山谷走到 (1, 1) 却很慢。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="140" />
            <source>Himmelblau's function: four equal minima; where you end up depends on the start.</source>
            <translation>Himmelblau 函数：有四个相等的最小值；最终到达哪一个取决于起点。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="143" />
            <source>A saddle point at the origin: the gradient vanishes there but it is no minimum; the surface has no minimum at all (it falls without bound along x1).</source>
            <translation>原点处是鞍点：该处梯度为0，但并不是最小值；这个曲面根本没有最小值（沿 x1 方向无限下降）。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="148" />
            <source>Beale's function: flat plateaus and sharp ridges, minimum at (3, 0.5).</source>
            <translation>Beale 函数：有平坦的高原和陡峭的山脊，最小值位于 (3, 0.5)。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="197" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="198" />
            <source>Drag back through the run: the weights, histograms, errors and the drawing pad show the network at that checkpoint</source>
            <translation>拖动以回溯本次运行：权重、直方图、识别错误和手写板将显示该检查点处的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="211" />
            <source>The checkpoint shown</source>
            <translation>当前显示的检查点</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="213" />
            <source>Fork from here…</source>
            <translation>从此处分支…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="214" />
            <source>Start a new run from this checkpoint with some settings changed; it shares this run's history up to here</source>
            <translation>从此检查点开始一个更改了部分设置的新运行；到此为止的历史与本运行共享</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="249" />
            <source>no checkpoint yet</source>
            <translation>尚无检查点</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="251" />
            <source>Iteration %1 / %2</source>
            <translation>迭代 %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>TrainedView</name>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="28" />
            <source>it does not read 28×28 images</source>
            <extracomment>Images timed one at a time and in batches of 100 by "Measure".</extracomment>
            <translation>它不读取 28×28 的图像</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="75" />
            <source>Train one now (TwoLayerNet, a few seconds)</source>
            <translation>立即训练（TwoLayerNet，几秒）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="85" />
            <source>Each layer's output for the chosen digit, left to right</source>
            <translation>所选数字在各层的输出（从左到右）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="90" />
            <source>Measure batch speed-up</source>
            <translation>测量批处理的加速</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="91" />
            <source>Time 1000 test images one at a time and in batches of 100, now</source>
            <translation>现在分别以逐张和每批 100 张的方式对 1000 张测试图像计时</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="99" />
            <source>Time for 1000 images (ms, measured)</source>
            <translation>1000 张图像的耗时（ms，实测）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="102" />
            <source>one at a time</source>
            <translation>逐张</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="102" />
            <source>batches of 100</source>
            <translation>每批 100 张</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="114" />
            <source>No network yet: train one in the MNIST training view, load a model, or train one now.</source>
            <translation>还没有网络：请在 MNIST 训练视图中训练、加载模型，或立即训练一个。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="126" />
            <source>Choose a network and a digit to see its forward pass.</source>
            <translation>选择一个网络和一个数字来查看其正向传播。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="142" />
            <source> (label %1)</source>
            <translation>（标签 %1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="143" />
            <source>Prediction: %1 with probability %2%3</source>
            <translation>预测：%1，概率 %2%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="201" />
            <source>The test images are needed: load MNIST first.</source>
            <translation>需要测试图像：请先加载 MNIST。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="206" />
            <source>Measuring…</source>
            <translation>正在测量…</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="221" />
            <source>One batch: %1 in → %2 out. %3 images one at a time: %4 ms; in batches of %5: %6 ms; measured speed-up %7× on this machine now (best of 3; it varies with the load).</source>
            <translation>一批：输入 %1 → 输出 %2。%3 张逐张处理：%4 ms；每批 %5 张：%6 ms；本机现在实测加速 %7 倍（3 次中最快；随负载变化）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="245" />
            <source>No forward pass yet: choose a network and a digit.</source>
            <translation>尚无正向传播：请选择一个网络和一个数字。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="248" />
            <source>Nothing measured yet: press “Measure batch speed-up”.</source>
            <translation>尚未测量：请按“测量批处理的加速”。</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Save the current network as .npz</source>
            <translation type="vanished">将当前网络保存为 .npz</translation>
        </message>
        <message>
            <source>Finished %1 iterations in %2: test accuracy %3.</source>
            <translation type="vanished">在 %2 内完成 %1 次迭代：测试识别精度 %3。</translation>
        </message>
        <message>
            <source>(last evaluation, at iteration %1).</source>
            <translation type="vanished">（最后一次评估在第 %1 次迭代）。</translation>
        </message>
        <message>
            <source>Why the settings cannot be used yet</source>
            <extracomment>Seconds the panel waits for a worker to stop (closing, switching dataset, reset). Minimum seconds between two redraws of the loss curve while training (the status line and progress bar follow every update, up to ~30 per second); drawing the curves is the GUI thread's main cost. Minimum seconds between two (non-urgent) updates from the training worker: at most ~30 per second. Most points drawn for the moving average of the loss. Whether the training worker gives up the GIL after every mini-batch (see benchmarks/bench_gui_training.py). Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit). Emitted with the new state: "empty", "loading", "idle", "running", "paused", "finished", "stopped", "diverged". The latest evaluation and activation statistics received (also when their tab was never shown). The current network has been trained (or loaded), and has changed since it was last saved. Said after "Loaded …" when loading the dataset stopped a run or cleared its results. The status line while a loaded model waits to be trained further.</extracomment>
            <translation type="vanished">设置暂时无法使用的原因</translation>
        </message>
        <message>
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation type="vanished">迭代次数、epoch、训练速度、已用时间和剩余时间</translation>
        </message>
        <message>
            <source>Share of the run's mini-batches done</source>
            <translation type="vanished">本次训练中已完成的mini-batch比例</translation>
        </message>
        <message>
            <source>What happened last (errors, divergence, results)</source>
            <translation type="vanished">最近发生的情况（错误、发散、结果）</translation>
        </message>
        <message>
            <source>Views of the training run</source>
            <translation type="vanished">训练过程的各种视图</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation type="vanished">手写数字</translation>
        </message>
        <message>
            <source>Loss per mini-batch and accuracy per epoch</source>
            <translation type="vanished">每个mini-batch的损失和每个epoch的识别精度</translation>
        </message>
        <message>
            <source>Draw a digit and see what the current network thinks it is</source>
            <translation type="vanished">手写一个数字，看看当前网络认为它是什么</translation>
        </message>
        <message>
            <source>Data</source>
            <translation type="vanished">数据</translation>
        </message>
        <message>
            <source>Folder of IDX files…</source>
            <translation type="vanished">IDX文件所在文件夹…</translation>
        </message>
        <message>
            <source>The dataset to train on: MNIST digits, Fashion-MNIST clothes, or any folder holding the four IDX files</source>
            <translation type="vanished">用于训练的数据集：MNIST手写数字、Fashion-MNIST服饰，或任何包含四个IDX文件的文件夹</translation>
        </message>
        <message>
            <source>Data folder…</source>
            <translation type="vanished">数据文件夹…</translation>
        </message>
        <message>
            <source>The folder holding mnist/ and fashion-mnist/ (remembered; the DLFS_DATA variable also sets it)</source>
            <translation type="vanished">包含 mnist/ 和 fashion-mnist/ 的文件夹（会被记住；也可用环境变量 DLFS_DATA 设置）</translation>
        </message>
        <message>
            <source>Which dataset is loaded and where it came from</source>
            <translation type="vanished">已加载的数据集及其来源</translation>
        </message>
        <message>
            <source>The first training images with their labels</source>
            <translation type="vanished">前几张训练图像及其标签</translation>
        </message>
        <message>
            <source>Network</source>
            <translation type="vanished">网络</translation>
        </message>
        <message>
            <source>A network of the book with its hyperparameters; change any of them below</source>
            <translation type="vanished">书中的网络及其超参数；可在下方修改任意一项</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation type="vanished">预设</translation>
        </message>
        <message>
            <source>Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers</source>
            <translation type="vanished">隐藏层大小，例如 50；多层时写作 100, 100, 100</translation>
        </message>
        <message>
            <source>Hidden sizes</source>
            <translation type="vanished">隐藏层大小</translation>
        </message>
        <message>
            <source>Activation function of the hidden layers (chapter 3)</source>
            <translation type="vanished">隐藏层的激活函数（第3章）</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation type="vanished">激活函数</translation>
        </message>
        <message>
            <source>Initial weight scale: a standard deviation such as 0.01, or He (for ReLU) / Xavier (for sigmoid), section 6.2</source>
            <translation type="vanished">权重初始值的尺度：标准差（例如 0.01），或 He（用于ReLU）/ Xavier（用于sigmoid），6.2节</translation>
        </message>
        <message>
            <source>Weight init</source>
            <translation type="vanished">权重初始值</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation type="vanished">Batch Normalization</translation>
        </message>
        <message>
            <source>Insert BatchNorm before each activation (section 6.3; chapter 6 preset only)</source>
            <translation type="vanished">在每个激活函数之前插入 Batch Normalization（6.3节；仅限第6章预设）</translation>
        </message>
        <message>
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation type="vanished">训练时通过 Dropout 删除的隐藏层神经元比例，0 到 0.99（6.4.3节；仅限第6章预设）</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation type="vanished">Dropout</translation>
        </message>
        <message>
            <source>Weight decay λ: adds 0.5·λ·ΣW² to the loss (section 6.4.2; chapter 6 preset only)</source>
            <translation type="vanished">权值衰减 λ：在损失上加上 0.5·λ·ΣW²（6.4.2节；仅限第6章预设）</translation>
        </message>
        <message>
            <source>Weight decay λ</source>
            <translation type="vanished">权值衰减 λ</translation>
        </message>
        <message>
            <source>Update rule (chapter 6); can be changed while training</source>
            <translation type="vanished">更新规则（第6章）；训练中也可更改</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation type="vanished">优化方法</translation>
        </message>
        <message>
            <source>The optimizer's own settings as name=value pairs, e.g. momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the book's values shown in grey</source>
            <translation type="vanished">优化方法自身的设置，写成 name=value 的形式，例如 momentum=0.9（Momentum、Nesterov）、decay_rate=0.99（RMSprop）、beta1=0.9, beta2=0.999（Adam）；留空 = 使用灰色显示的书中值</translation>
        </message>
        <message>
            <source>Optimizer settings</source>
            <translation type="vanished">优化方法设置</translation>
        </message>
        <message>
            <source>Learning rate; press Enter to change it while training</source>
            <translation type="vanished">学习率；训练中按Enter即可更改</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation type="vanished">学习率</translation>
        </message>
        <message>
            <source>Images per mini-batch</source>
            <translation type="vanished">每个mini-batch的图像数</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation type="vanished">批大小</translation>
        </message>
        <message>
            <source>book (random batches, iterations)</source>
            <translation type="vanished">同书中（随机批次，迭代次数）</translation>
        </message>
        <message>
            <source>epochs (shuffled passes)</source>
            <translation type="vanished">epoch（打乱后遍历）</translation>
        </message>
        <message>
            <source>Book: mini-batches drawn at random with replacement for a number of iterations, as train_neuralnet.py; epochs: each epoch visits every training image once</source>
            <translation type="vanished">书中模式：与 train_neuralnet.py 一样，按迭代次数有放回地随机抽取mini-batch；epoch模式：每个epoch将每张训练图像遍历一次</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation type="vanished">模式</translation>
        </message>
        <message>
            <source>Number of mini-batches (book mode)</source>
            <translation type="vanished">mini-batch的数量（书中模式）</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation type="vanished">迭代次数</translation>
        </message>
        <message>
            <source>Number of passes over the training set (epochs mode)</source>
            <translation type="vanished">遍历训练数据的次数（epoch模式）</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation type="vanished">epoch数</translation>
        </message>
        <message>
            <source>Random seed of the initial weights and the mini-batches: the same seed replays the same run exactly</source>
            <translation type="vanished">权重初始值和mini-batch的随机种子：相同的种子会完全重现相同的训练过程</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation type="vanished">随机种子</translation>
        </message>
        <message>
            <source>Train on the first N images only (0 = all); useful for the slow convolutional network</source>
            <translation type="vanished">只用前 N 张图像训练（0 = 全部）；适用于较慢的卷积神经网络</translation>
        </message>
        <message>
            <source>all</source>
            <translation type="vanished">全部</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation type="vanished">训练图像</translation>
        </message>
        <message>
            <source>Evaluate on the first N test images only (0 = all)</source>
            <translation type="vanished">只用前 N 张测试图像评估（0 = 全部）</translation>
        </message>
        <message>
            <source>Test images</source>
            <translation type="vanished">测试图像</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="vanished">开始</translation>
        </message>
        <message>
            <source>Train a freshly initialised network with these settings (a loaded model is trained further)</source>
            <translation type="vanished">用这些设置训练新初始化的网络（已加载的模型则继续训练）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation type="vanished">暂停</translation>
        </message>
        <message>
            <source>Pause or resume training</source>
            <translation type="vanished">暂停或继续训练</translation>
        </message>
        <message>
            <source>Step</source>
            <translation type="vanished">单步</translation>
        </message>
        <message>
            <source>Train exactly one mini-batch, then pause</source>
            <translation type="vanished">只训练一个mini-batch，然后暂停</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="vanished">停止</translation>
        </message>
        <message>
            <source>End the run; the network keeps what it learned</source>
            <translation type="vanished">结束训练；网络保留已学到的内容</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation type="vanished">重置</translation>
        </message>
        <message>
            <source>Stop, clear the curves and re-initialise the weights from the seed</source>
            <translation type="vanished">停止，清除曲线，并用随机种子重新初始化权重</translation>
        </message>
        <message>
            <source>Save the trained network as .npz (once it has been trained or loaded: an untrained network is just its seed)</source>
            <translation type="vanished">将训练好的网络保存为 .npz（需先训练或加载：未训练的网络只是其随机种子而已）</translation>
        </message>
        <message>
            <source>Save model…</source>
            <translation type="vanished">保存模型…</translation>
        </message>
        <message>
            <source>Load model…</source>
            <translation type="vanished">加载模型…</translation>
        </message>
        <message>
            <source>Load a network saved as .npz</source>
            <translation type="vanished">加载保存为 .npz 的网络</translation>
        </message>
        <message>
            <source>Logarithmic loss axis</source>
            <translation type="vanished">损失轴使用对数坐标</translation>
        </message>
        <message>
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation type="vanished">用对数坐标显示损失：后期缓慢的进展也能看清</translation>
        </message>
        <message>
            <source>Moving average over</source>
            <translation type="vanished">移动平均：</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation type="vanished"> 次迭代</translation>
        </message>
        <message>
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation type="vanished">叠加在原始mini-batch损失上的移动平均的窗口大小</translation>
        </message>
        <message>
            <source>Fit view</source>
            <translation type="vanished">适应视图</translation>
        </message>
        <message>
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation type="vanished">缩小以显示全部数据（在图上拖动或滚动可缩放）</translation>
        </message>
        <message>
            <source>Training loss per mini-batch</source>
            <translation type="vanished">每个mini-batch的训练损失</translation>
        </message>
        <message>
            <source>cross-entropy loss</source>
            <translation type="vanished">交叉熵误差</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation type="vanished">迭代</translation>
        </message>
        <message>
            <source>mini-batch loss (raw)</source>
            <translation type="vanished">mini-batch损失（原始值）</translation>
        </message>
        <message>
            <source>moving average</source>
            <translation type="vanished">移动平均</translation>
        </message>
        <message>
            <source>Accuracy after each epoch</source>
            <translation type="vanished">每个epoch后的识别精度</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation type="vanished">识别精度</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation type="vanished">epoch</translation>
        </message>
        <message>
            <source>train accuracy</source>
            <translation type="vanished">训练数据识别精度</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation type="vanished">测试数据识别精度</translation>
        </message>
        <message>
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −)</source>
            <translation type="vanished">第1层的权重：每个隐藏层神经元一张28×28图像（红 +，蓝 −）</translation>
        </message>
        <message>
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation type="vanished">每个小图显示从784个像素到一个隐藏层神经元的权重：即该神经元所响应的模式</translation>
        </message>
        <message>
            <source>How the hidden activations are spread over a sample of test images; dead ReLUs and saturated sigmoids stop learning (section 6.2)</source>
            <translation type="vanished">隐藏层激活值在部分测试图像上的分布；失活的ReLU和饱和的sigmoid会停止学习（6.2节）</translation>
        </message>
        <message>
            <source>Rows: true label; columns: predicted label; the diagonal holds the correct answers (updated after each epoch)</source>
            <translation type="vanished">行：正确解标签；列：预测标签；对角线上是识别正确的数量（每个epoch后更新）</translation>
        </message>
        <message>
            <source>Test images the network got wrong, most confident first</source>
            <translation type="vanished">网络识别错误的测试图像，按置信度从高到低排列</translation>
        </message>
        <message>
            <source>Draw a digit with the left mouse button; right click clears</source>
            <translation type="vanished">用鼠标左键手写数字；单击右键清除</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation type="vanished">清除</translation>
        </message>
        <message>
            <source>Erase the drawing</source>
            <translation type="vanished">清除所画内容</translation>
        </message>
        <message>
            <source>The class with the highest probability</source>
            <translation type="vanished">概率最高的类别</translation>
        </message>
        <message>
            <source>as the network sees it (28×28)</source>
            <translation type="vanished">网络看到的图像（28×28）</translation>
        </message>
        <message>
            <source>Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, centred by its centre of mass in 28×28</source>
            <translation type="vanished">按MNIST方式预处理后的手写图像：裁剪，缩放至20×20以内，按质心居中放入28×28</translation>
        </message>
        <message>
            <source>Softmax probabilities of the current network for your drawing</source>
            <translation type="vanished">当前网络对你所画图像输出的softmax概率</translation>
        </message>
        <message>
            <source>Backprop computes all the gradients in one backward pass; the numerical gradient needs two loss evaluations per parameter. Both are computed on the same mini-batch (in float64) and compared.</source>
            <translation type="vanished">误差反向传播法只需一次反向传播就能求出所有梯度；数值梯度则每个参数需要计算两次损失。两者在同一个mini-batch上（以 float64）计算并进行比较。</translation>
        </message>
        <message>
            <source>Images</source>
            <translation type="vanished">图像数</translation>
        </message>
        <message>
            <source>Training images in the mini-batch both gradients are computed on</source>
            <translation type="vanished">用于计算两种梯度的mini-batch中的训练图像数</translation>
        </message>
        <message>
            <source>Entries per parameter</source>
            <translation type="vanished">每个参数的元素数</translation>
        </message>
        <message>
            <source>How many randomly chosen entries of each parameter array get a numerical gradient; enlarge it to check more</source>
            <translation type="vanished">每个参数数组中随机选取多少个元素计算数值梯度；增大该值可检查更多元素</translation>
        </message>
        <message>
            <source>All parameters (slow)</source>
            <translation type="vanished">全部参数（较慢）</translation>
        </message>
        <message>
            <source>The full numerical gradient: about a minute for 784-50-10</source>
            <translation type="vanished">完整的数值梯度：784-50-10 约需一分钟</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation type="vanished">比较</translation>
        </message>
        <message>
            <source>Compute both gradients of the current network and compare them</source>
            <translation type="vanished">计算当前网络的两种梯度并进行比较</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">取消</translation>
        </message>
        <message>
            <source>Stop the numerical gradient</source>
            <translation type="vanished">停止数值微分</translation>
        </message>
        <message>
            <source>Numerical gradient entries done</source>
            <translation type="vanished">已完成数值梯度计算的元素</translation>
        </message>
        <message>
            <source>Measured times of both methods</source>
            <translation type="vanished">两种方法的实测时间</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation type="vanished">参数</translation>
        </message>
        <message>
            <source>shape</source>
            <translation type="vanished">形状</translation>
        </message>
        <message>
            <source>entries checked</source>
            <translation type="vanished">已检查元素数</translation>
        </message>
        <message>
            <source>max |num − backprop|</source>
            <translation type="vanished">最大 |数值 − 反向传播|</translation>
        </message>
        <message>
            <source>mean |num − backprop|</source>
            <translation type="vanished">平均 |数值 − 反向传播|</translation>
        </message>
        <message>
            <source>Differences of the order 1e-8 or less mean backprop is right</source>
            <translation type="vanished">差值在 1e-8 量级或以下，说明误差反向传播法的实现是正确的</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation type="vanished">继续</translation>
        </message>
        <message>
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation type="vanished">包含 mnist/ 和 fashion-mnist/ 的文件夹</translation>
        </message>
        <message>
            <source>Loading %1 clears the results of this network.</source>
            <translation type="vanished">加载 %1 会清除此网络的结果。</translation>
        </message>
        <message>
            <source>Folder holding the four IDX files</source>
            <translation type="vanished">包含四个IDX文件的文件夹</translation>
        </message>
        <message>
            <source>The dataset could not be loaded: %1</source>
            <translation type="vanished">无法加载数据集：%1</translation>
        </message>
        <message>
            <source>The dataset could not be loaded: %1: %2</source>
            <translation type="vanished">无法加载数据集：%1：%2</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="vanished">（无）</translation>
        </message>
        <message>
            <source>Reset: weights re-initialised from seed %1.</source>
            <translation type="vanished">已重置：用随机种子 %1 重新初始化权重。</translation>
        </message>
        <message>
            <source>Most confident mistakes on the test set (true→predicted, confidence)</source>
            <translation type="vanished">测试数据中置信度最高的识别错误（正确解→预测，置信度）</translation>
        </message>
        <message>
            <source>Training stopped: %1. Try a smaller learning rate (e.g. a tenth) and start again.</source>
            <translation type="vanished">训练已停止：%1。请使用更小的学习率（例如十分之一）重新开始。</translation>
        </message>
        <message>
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation type="vanished">迭代 %1 / %2 · epoch %3 · %4 张/秒 · 剩余 %5</translation>
        </message>
        <message>
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation type="vanished">迭代 %1 / %2 · epoch %3 · %4 张/秒 · 已用 %5 · 剩余 %6 · 学习率 %7</translation>
        </message>
        <message>
            <source>moving average (window %1)</source>
            <translation type="vanished">移动平均（窗口 %1）</translation>
        </message>
        <message>
            <source>Most confident mistakes on the test set at iteration %1 (epoch %2): true→predicted, confidence; test accuracy %3</source>
            <translation type="vanished">第 %1 次迭代（epoch %2）时测试数据中置信度最高的识别错误：正确解→预测，置信度；测试识别精度 %3</translation>
        </message>
        <message>
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)</source>
            <translation type="vanished">第1层的权重：每个隐藏层神经元一张28×28图像（红 +，蓝 −；%1 个神经元）</translation>
        </message>
        <message>
            <source>Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)</source>
            <translation type="vanished">第1层的卷积滤波器：%1 个 %2×%3（红 +，蓝 −）</translation>
        </message>
        <message>
            <source>Fix the network settings first</source>
            <translation type="vanished">请先修正网络设置</translation>
        </message>
        <message>
            <source>It looks like %1 (%2%)</source>
            <translation type="vanished">看起来像 %1（%2%）</translation>
        </message>
        <message>
            <source>Save model</source>
            <translation type="vanished">保存模型</translation>
        </message>
        <message>
            <source>NumPy model (*.npz)</source>
            <translation type="vanished">NumPy模型 (*.npz)</translation>
        </message>
        <message>
            <source>Loading a model replaces it.</source>
            <translation type="vanished">加载模型会替换未保存的网络。</translation>
        </message>
        <message>
            <source>Load model</source>
            <translation type="vanished">加载模型</translation>
        </message>
        <message>
            <source>There is no valid network to save.</source>
            <translation type="vanished">没有可保存的有效网络。</translation>
        </message>
        <message>
            <source>Could not save the model: %1</source>
            <translation type="vanished">无法保存模型：%1</translation>
        </message>
        <message>
            <source>Saved the model to %1.</source>
            <translation type="vanished">模型已保存到 %1。</translation>
        </message>
        <message>
            <source>A training run on %1 is going on (iteration %2 of %3); its network is not saved.</source>
            <translation type="vanished">在 %1 上的训练正在进行（第 %2 / %3 次迭代）；其网络尚未保存。</translation>
        </message>
        <message>
            <source>Unsaved network</source>
            <translation type="vanished">未保存的网络</translation>
        </message>
        <message>
            <source>Save the network first?</source>
            <translation type="vanished">是否先保存网络？</translation>
        </message>
        <message>
            <source>Could not load the model: %1</source>
            <translation type="vanished">无法加载模型：%1</translation>
        </message>
        <message>
            <source>Loaded %1; Start trains it further.</source>
            <translation type="vanished">已加载 %1；点击“开始”继续训练。</translation>
        </message>
        <message>
            <source>Model %1 loaded.</source>
            <translation type="vanished">已加载模型 %1。</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation type="vanished">正在计算…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="vanished">已取消。</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="vanished">失败：%1</translation>
        </message>
        <message>
            <source>Numerical gradient: %1 of %2 entries (%3), %4 s…</source>
            <translation type="vanished">数值梯度：%2 个元素中的 %1 个（%3），%4 秒…</translation>
        </message>
        <message>
            <source>largest backprop gradient entry checked: %1</source>
            <translation type="vanished">所检查的反向传播梯度元素中的最大值：%1</translation>
        </message>
        <message>
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation type="vanished">误差反向传播法：全部 %2 个梯度元素用时 %1 ms。数值微分：%4 个元素用时 %3 s（全部 %2 个约需 %5 s，慢 %6 倍）。%7</translation>
        </message>
        <message>
            <source>They agree (max difference %1).</source>
            <translation type="vanished">两者一致（最大差 %1）。</translation>
        </message>
        <message>
            <source>They differ by up to %1!</source>
            <translation type="vanished">两者最多相差 %1！</translation>
        </message>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNIST训练</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="119" />
            <source>Loading %1…</source>
            <translation>正在加载 %1…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="137" />
            <source>Loaded %1.</source>
            <translation>已加载 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="176" />
            <location filename="../../app/panels/training/panel.py" line="417" />
            <location filename="../../app/panels/training/sessions.py" line="85" />
            <source>Load a dataset first.</source>
            <translation>请先加载数据集。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="195" />
            <source>Only runs trained in this view can be forked.</source>
            <translation>只有在此视图中训练的运行才能分支。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="233" />
            <source>Training the loaded model further.</source>
            <translation>继续训练已加载的模型。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="235" />
            <source>Training %1, a fork of %2 from iteration %3…</source>
            <translation>正在训练 %1（%2 从迭代 %3 的分支）…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="237" />
            <location filename="../../app/panels/training/controller.py" line="387" />
            <source>Training…</source>
            <translation>正在训练…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="273" />
            <source>Learning rate set to %1 from iteration %2.</source>
            <translation>从第 %2 次迭代起学习率设为 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="288" />
            <source>Switched to %1 (fresh optimizer state).</source>
            <translation>已切换到 %1（优化方法状态已重置）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="333" />
            <source>Stop the run before deleting it.</source>
            <translation>删除前请先停止该运行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="400" />
            <source>Paused at iteration %1.</source>
            <translation>在第 %1 次迭代时暂停。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="406" />
            <location filename="../../app/panels/training/controller.py" line="433" />
            <source>Stopped at iteration %1; the network keeps what it learned.</source>
            <translation>在第 %1 次迭代时停止；网络保留已学到的内容。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="416" />
            <source>Training failed: %1</source>
            <translation>训练失败：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="458" />
            <source>Nothing to save yet: train the network (or load a model) first.</source>
            <translation>还没有可保存的内容：请先训练网络（或加载模型）。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="135" />
            <source>Model %1: trained for %n iteration(s) on %2, test accuracy %3.</source>
            <translation>
                <numerusform>模型 %1：在 %2 上训练了 %n 次迭代，测试数据识别精度 %3。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="200" />
            <location filename="../../app/panels/training/dialogs.py" line="213" />
            <source>The network trained for %n iteration(s) on %1 is not saved.</source>
            <translation>
                <numerusform>在 %1 上训练了 %n 次迭代的网络尚未保存。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="202" />
            <source>%n trained run(s) on %1 are not saved.</source>
            <translation>
                <numerusform>在 %1 上训练的 %n 个运行尚未保存。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="27" />
            <source>There is no loss curve yet: start a training run first.</source>
            <translation>还没有损失曲线：请先开始训练。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="34" />
            <source>There is no accuracy yet: the first evaluation comes after the first mini-batch (book mode) or the first epoch.</source>
            <translation>还没有识别精度：第一次评估在第一个mini-batch（书中模式）或第一个epoch之后进行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="44" />
            <source>There is no confusion matrix yet: it is computed when a run ends (and after each epoch while the Errors tab is open).</source>
            <translation>还没有混淆矩阵：它在训练结束时计算（打开“识别错误”选项卡时，每个epoch后也会计算）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="54" />
            <source>There are no activation histograms yet: they are computed while training and when a run ends.</source>
            <translation>还没有激活值分布：它在训练过程中及训练结束时计算。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="91" />
            <source>Loss curve</source>
            <translation>损失曲线</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="92" />
            <source>Accuracy per epoch</source>
            <translation>每个epoch的识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="93" />
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="95" />
            <source>Activation histograms</source>
            <translation>激活值分布</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspection.py" line="163" />
            <source>%1, iteration %2</source>
            <translation>%1，迭代 %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="78" />
            <source>Views of the training runs</source>
            <extracomment>Widgets of the parts, reachable on the panel by the same names (tests, benchmarks, the main window).</extracomment>
            <translation>各次训练运行的视图</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="85" />
            <source>Curves</source>
            <translation>曲线</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="85" />
            <source>Loss per mini-batch and accuracy per epoch of every visible run</source>
            <translation>每个可见运行的每个mini-batch的损失和每个epoch的识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="87" />
            <source>Weights &amp;&amp; activations</source>
            <translation>权重和激活值</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="88" />
            <source>First-layer weights as images and the distribution of hidden activations</source>
            <translation>以图像显示的第1层权重，以及隐藏层激活值的分布</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="89" />
            <source>Errors</source>
            <translation>识别错误</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="89" />
            <source>Confusion matrix and the most confident mistakes on the test set</source>
            <translation>混淆矩阵，以及测试数据中置信度最高的识别错误</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="91" />
            <source>Draw</source>
            <translation>手写</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="91" />
            <source>Draw and see what the network shown thinks it is</source>
            <translation>画一个图像，看看当前显示的网络认为它是什么</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="92" />
            <source>Gradient check</source>
            <translation>梯度确认</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="93" />
            <source>Compare backprop with the numerical gradient (book section 5.7.3)</source>
            <translation>比较误差反向传播法和数值微分求得的梯度（书中5.7.3节）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="183" />
            <source>Reset: weights initialised from seed %1; the previous runs stay in the list.</source>
            <translation>重置：已用种子 %1 初始化权重；之前的运行保留在列表中。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="224" />
            <source>Fork of %1 from iteration %2: change the learning rate, the optimizer or weight decay, then press Start fork.</source>
            <translation>%1 从迭代 %2 起的分支：请修改学习率、优化方法或权值衰减，然后点击“开始分支”。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="250" />
            <source>%1: %2 training and %3 test images from %4</source>
            <translation>%1：%2 张训练图像和 %3 张测试图像，来自 %4</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="256" />
            <source>Labels: %1</source>
            <translation>标签：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="262" />
            <source>%1 loaded (%2 training and %3 test images): press Start to train.</source>
            <translation>已加载 %1（%2 张训练图像和 %3 张测试图像）：点击“开始”进行训练。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="269" />
            <source>No dataset loaded</source>
            <translation>未加载数据集</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="270" />
            <source>Load a dataset to begin.</source>
            <translation>加载数据集以开始。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="319" />
            <source>%1 at iteration %2</source>
            <translation>%1（迭代 %2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="327" />
            <source> — untrained network</source>
            <translation> — 未训练的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="439" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="64" />
            <source>Ch. 4: TwoLayerNet, sigmoid (book)</source>
            <translation>第4章：TwoLayerNet，sigmoid（书中）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="65" />
            <source>book, ch. 4: test acc ≈ 0.946</source>
            <translation>书中第4章：测试识别精度 ≈ 0.946</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="66" />
            <source>784-50-10 with sigmoid, SGD lr 0.1, batch 100, 10,000 iterations: train_neuralnet.py of chapter 4</source>
            <translation>784-50-10，sigmoid，SGD 学习率 0.1，批大小 100，迭代 10,000 次：第4章的 train_neuralnet.py</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="67" />
            <source>Ch. 5: TwoLayerNet, ReLU (book)</source>
            <translation>第5章：TwoLayerNet，ReLU（书中）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="68" />
            <source>book, ch. 5: test acc ≈ 0.97</source>
            <translation>书中第5章：测试识别精度 ≈ 0.97</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="69" />
            <source>the same network with ReLU and backprop, as in chapter 5's train_neuralnet.py</source>
            <translation>同一网络，改用 ReLU 和误差反向传播法，与第5章的 train_neuralnet.py 相同</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="70" />
            <source>Ch. 6: MultiLayerNet (init, BatchNorm, dropout, decay)</source>
            <translation>第6章：MultiLayerNet（初始值、Batch Normalization、Dropout、权值衰减）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="73" />
            <source>five layers with the options of chapter 6; try BatchNorm, dropout and weight decay</source>
            <translation>五层网络，带有第6章的各选项；可尝试 Batch Normalization、Dropout 和权值衰减</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="74" />
            <source>Ch. 7: SimpleConvNet (slow: subset)</source>
            <translation>第7章：SimpleConvNet（较慢：使用子集）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="78" />
            <source>conv 30x5x5 - ReLU - pool - affine 100 - ReLU - affine 10; trains on a subset because it is slow</source>
            <translation>conv 30x5x5 - ReLU - pool - affine 100 - ReLU - affine 10；由于较慢，只在子集上训练</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="90" />
            <source>“%1” is not a number</source>
            <translation>“%1”不是数字</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="92" />
            <source>must be a finite number</source>
            <translation>必须是有限数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="94" />
            <source>must be greater than 0</source>
            <translation>必须大于0</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="96" />
            <source>must be at least %1</source>
            <translation>必须至少为 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="98" />
            <source>must be less than %1</source>
            <translation>必须小于 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="106" />
            <source>give at least one hidden layer size, e.g. 50 or 100, 100</source>
            <translation>请至少给出一个隐藏层大小，例如 50 或 100, 100</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="112" />
            <source>“%1” is not a whole number</source>
            <translation>“%1”不是整数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="114" />
            <source>each size must lie between 1 and 4096</source>
            <translation>每个大小必须在 1 到 4096 之间</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="117" />
            <source>at most 8 hidden layers</source>
            <translation>隐藏层最多8层</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="129" />
            <source>type a standard deviation such as 0.01, or choose he or xavier</source>
            <translation>请输入标准差（例如 0.01），或选择 he 或 xavier</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="141" />
            <source>TwoLayerNet has exactly one hidden layer; use the chapter 6 preset for more</source>
            <translation>TwoLayerNet 只有一个隐藏层；需要更多层请使用第6章的预设</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="144" />
            <source>TwoLayerNet takes a number here (the book uses 0.01)</source>
            <translation>TwoLayerNet 在此处需要一个数值（书中使用 0.01）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="155" />
            <source>SimpleConvNet has one hidden affine layer (the book uses 100)</source>
            <translation>SimpleConvNet 只有一个隐藏的 Affine 层（书中使用 100）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="157" />
            <source>SimpleConvNet takes a number here (the book uses 0.01)</source>
            <translation>SimpleConvNet 在此处需要一个数值（书中使用 0.01）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="174" />
            <source>write name=value pairs, e.g. momentum=0.9</source>
            <translation>请写成 name=value 的形式，例如 momentum=0.9</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="176" />
            <source>set the learning rate in its own field</source>
            <translation>学习率请在其专用的输入框中设置</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/reference.py" line="51" />
            <source>(other settings: %1)</source>
            <translation>（设置不同：%1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="27" />
            <source>There is no run to save yet (loaded models are saved with Save model…).</source>
            <translation>还没有可保存的运行（已加载的模型请用“保存模型…”保存）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="31" />
            <source>Stop the run before saving the session.</source>
            <translation>保存会话前请先停止运行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="36" />
            <source>Could not save the runs: %1</source>
            <translation>无法保存运行：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="41" />
            <source>Saved %1 run(s) to %2.</source>
            <translation>已将 %1 个运行保存到 %2。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="43" />
            <source>Loaded models are not part of a session (save them with Save model…).</source>
            <translation>已加载的模型不属于会话（请用“保存模型…”保存）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="82" />
            <source>Could not open the runs: %1</source>
            <translation>无法打开运行：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="99" />
            <source>Opened %1 run(s) from %2.</source>
            <translation>已从 %2 打开 %1 个运行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="101" />
            <source>They were trained on %1: load that dataset to inspect them.</source>
            <translation>这些运行是在 %1 上训练的：请加载该数据集以查看它们。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="54" />
            <source>The run on %1 was stopped at iteration %2; its results were cleared.</source>
            <translation>在 %1 上的训练已在第 %2 次迭代时停止；其结果已清除。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="57" />
            <source>The results of the run on %1 were cleared.</source>
            <translation>在 %1 上的训练结果已清除。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="69" />
            <source>The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must hold finite numbers.</source>
            <translation>参数（权重和偏置）不是有限的数（inf 或 NaN），因此无法保存：模型文件只能保存有限的数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="78" />
            <source>the loss diverged</source>
            <translation>损失发散了</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="91" />
            <source>Weight decay λ = %1 is too strong: its term 0.5·λ·ΣW² is %2 at the start and lr·λ = %3 (above 1, each step flips and grows the weights). Lower λ (the book uses 0.1 or less).</source>
            <translation>权值衰减 λ = %1 过强：其项 0.5·λ·ΣW² 在开始时为 %2，且 lr·λ = %3（大于 1 时，每一步都会使权重变号并增大）。请减小 λ（书中使用 0.1 或更小的值）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="95" />
            <source>The loss was far too large from the first mini-batch (%1, where a fresh network starts near %2): the initial weights (init %3) are too large. Try 0.01, or He / Xavier.</source>
            <translation>从第一个mini-batch起损失就过大（%1，而新初始化的网络一般从 %2 附近开始）：权重初始值（%3）过大。请尝试 0.01，或 He / Xavier。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="99" />
            <source>Try a smaller learning rate (e.g. a tenth of %1) and start again.</source>
            <translation>请减小学习率（例如 %1 的十分之一）后重新开始。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="101" />
            <source>Training stopped: %1.</source>
            <translation>训练已停止：%1。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="129" />
            <source>Finished %n iteration(s) in %1: test accuracy %2.</source>
            <translation>
                <numerusform>%n 次迭代在 %1 内完成：测试数据识别精度 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="132" />
            <source>Finished %n iteration(s) in %1: test accuracy %2 (the last evaluation during the run, at iteration %3, gave %4).</source>
            <translation>
                <numerusform>%n 次迭代在 %1 内完成：测试数据识别精度 %2（训练中最后一次评估在第 %3 次迭代，结果为 %4）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="137" />
            <source>Finished %n iteration(s) in %1: test accuracy %2 (last evaluation, at iteration %3).</source>
            <translation>
                <numerusform>%n 次迭代在 %1 内完成：测试数据识别精度 %2（最后一次评估在第 %3 次迭代）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="141" />
            <source>The book reports about %1.</source>
            <translation>书中的结果约为 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="241" />
            <source>Confusion matrix (test set)</source>
            <translation>混淆矩阵（测试数据）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="242" />
            <source>true label</source>
            <translation>正确解标签</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="243" />
            <location filename="../../app/panels/training/views.py" line="267" />
            <source>predicted label</source>
            <translation>预测标签</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="271" />
            <source>predicted label (numbered as the rows)</source>
            <translation>预测标签（编号同行）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="307" />
            <source>Network's probabilities</source>
            <translation>网络输出的概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="309" />
            <source>probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="310" />
            <source>class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="352" />
            <source>Activation histograms (test sample)</source>
            <translation>激活值分布（测试样本）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="353" />
            <source>share of units</source>
            <translation>神经元比例</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="354" />
            <source>activation value</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="385" />
            <source>dead units %1%</source>
            <translation>失活神经元 %1%</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="387" />
            <source>saturated %1%</source>
            <translation>饱和 %1%</translation>
        </message>
    </context>
    <context>
        <name>ValueLabel</name>
        <message>
            <location filename="../../app/widgets/value_label.py" line="31" />
            <source>The exact value, as Python's repr prints it (double-click to copy)</source>
            <translation>精确值，与 Python 的 repr 输出相同（双击复制）</translation>
        </message>
    </context>
    <context>
        <name>VectorField</name>
        <message>
            <location filename="../../app/widgets/number_field.py" line="33" />
            <source>The field is empty: type numbers separated by commas.</source>
            <translation>字段为空：请输入以逗号分隔的数字。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="41" />
            <source>“%1” (value %2) is not a number.</source>
            <translation>“%1”（第 %2 个值）不是数字。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="44" />
            <source>Value %1 is NaN (not a number); use a real number.</source>
            <translation>第 %1 个值为 NaN（非数字）；请使用实数。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="46" />
            <source>Value %1 is infinite; use a finite number.</source>
            <translation>第 %1 个值为无穷大；请使用有限数。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="48" />
            <source>Value %1 is negative (%2); probabilities cannot be negative.</source>
            <translation>第 %1 个值为负数（%2）；概率不能为负。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="51" />
            <source>Value %1 (%2) is below the minimum %3.</source>
            <translation>第 %1 个值（%2）小于最小值 %3。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="54" />
            <source>Value %1 (%2) is above the maximum %3.</source>
            <translation>第 %1 个值（%2）大于最大值 %3。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="58" />
            <source>Expected %1 values, got %2.</source>
            <translation>需要 %1 个值，实际为 %2 个。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="92" />
            <source>Numbers separated by commas; press Enter to apply</source>
            <translation>以逗号分隔的数字；按Enter应用</translation>
        </message>
    </context>
    <context>
        <name>WeightsTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="38" />
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −)</source>
            <extracomment>Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit).</extracomment>
            <translation>第1层的权重：每个隐藏层神经元一张28×28图像（红 +，蓝 −）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="41" />
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation>每个小图显示从784个像素到一个隐藏层神经元的权重：即该神经元所响应的模式</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="50" />
            <source>How the hidden activations are spread over a sample of test images; dead ReLUs and saturated sigmoids stop learning (section 6.2)</source>
            <translation>隐藏层激活值在部分测试图像上的分布；失活的ReLU和饱和的sigmoid会停止学习（6.2节）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="58" />
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)</source>
            <translation>第1层的权重：每个隐藏层神经元一张28×28图像（红 +，蓝 −；%1 个神经元）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="61" />
            <source>Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)</source>
            <translation>第1层的卷积滤波器：%1 个 %2×%3（红 +，蓝 −）</translation>
        </message>
    </context>
    <context>
        <name>_Placeholder</name>
        <message>
            <location filename="../../app/main_window.py" line="430" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
    </context>
</TS>
