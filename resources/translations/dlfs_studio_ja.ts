<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>ActivationsView</name>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="20" />
            <source>step function</source>
            <translation>ステップ関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="21" />
            <source>sigmoid function</source>
            <translation>シグモイド関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="22" />
            <source>ReLU function</source>
            <translation>ReLU関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="23" />
            <source>identity function (output)</source>
            <translation>恒等関数（出力層）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="24" />
            <source>softmax function y₁ of (x, 0, 1) (output)</source>
            <translation>ソフトマックス関数：(x, 0, 1) の y₁（出力層）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="37" />
            <source>Activation functions (section 3.2) and the output functions (section 3.5). Solid: h(x); dashed: its derivative h′(x).</source>
            <translation>活性化関数（3.2節）と出力層の関数（3.5節）。実線：h(x)、破線：その導関数 h′(x)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="50" />
            <source>Show the derivatives</source>
            <translation>導関数を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="52" />
            <source>Dashed curves: the slope of each function</source>
            <translation>破線：各関数の傾き</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="62" />
            <source>Type x, or drag the vertical line in the plot</source>
            <translation>x を入力するか、グラフの縦線をドラッグ</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="73" />
            <source>h(x) and h′(x)</source>
            <translation>h(x) と h′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="89" />
            <source>Drag to move x</source>
            <translation>ドラッグして x を動かす</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/activations_view.py" line="139" />
            <source>function</source>
            <translation>関数</translation>
        </message>
    </context>
    <context>
        <name>BackpropController</name>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="31" />
            <source>The formula is empty: type one such as (x + y) * z.</source>
            <translation>式が空です。(x + y) * z のような式を入力してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="32" />
            <source>The formula is too long (%1 characters; at most %2).</source>
            <translation>式が長すぎます（%1 文字。最大 %2 文字）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="34" />
            <source>Too many statements (at most %1).</source>
            <translation>文が多すぎます（最大 %1）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="35" />
            <source>“%1” cannot be defined: a name starts with a letter or _ and has only letters, digits and _.</source>
            <translation>“%1” は定義できません。名前は英字か _ で始まり、英字・数字・_ だけを使います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="37" />
            <source>“%1” is a function or constant and cannot be defined.</source>
            <translation>“%1” は関数か定数なので定義できません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="38" />
            <source>“%1” is defined twice.</source>
            <translation>“%1” が2回定義されています。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="39" />
            <source>“%1” is used before its definition: define it first.</source>
            <translation>“%1” が定義より前に使われています。先に定義してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="40" />
            <source>“%1” cannot be defined from itself.</source>
            <translation>“%1” を自分自身で定義することはできません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="41" />
            <source>“%1” is defined but the result does not use it.</source>
            <translation>“%1” は定義されていますが、結果で使われていません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="42" />
            <source>No value for %1.</source>
            <translation>%1 の値がありません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="43" />
            <source>%1 does not appear in the formula.</source>
            <translation>%1 は式に含まれていません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="44" />
            <source>The value of %1 is not a number.</source>
            <translation>%1 の値が数値ではありません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="45" />
            <source>The value of %1 must be a finite number.</source>
            <translation>%1 の値は有限の数でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="48" />
            <source>The formula cannot be read: %1</source>
            <translation>式を読み取れません: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="91" />
            <source>This graph has %1 nodes; the panel draws at most %2. Split it with definitions (t = …) or use “dlfs backprop” for a big formula.</source>
            <translation>この計算グラフのノードは %1 個です。このパネルで描けるのは %2 個までです。定義（t = …）で分けるか、大きな式には “dlfs backprop” を使ってください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/controller.py" line="126" />
            <source>Some values are not finite numbers (nan or inf) at these inputs: a division by zero or the log of a negative number?</source>
            <translation>この入力では有限でない値（nan や inf）があります。0 による割り算や負の数の log はありませんか？</translation>
        </message>
    </context>
    <context>
        <name>BackpropGradCheck</name>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="63" />
            <source>Tiny 2-3-2 network (the book's weights)</source>
            <translation>小さな 2-3-2 ネットワーク（本の重み）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="64" />
            <source>MNIST, 784-50-10, first 3 images (as the book)</source>
            <translation>MNIST、784-50-10、先頭の3枚（本と同じ）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="68" />
            <source>MNIST was not found: set DLFS_DATA or run “dlfs data --fetch mnist”.</source>
            <translation>MNIST が見つかりません。DLFS_DATA を設定するか “dlfs data --fetch mnist” を実行してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="72" />
            <source>Sigmoid</source>
            <translation>シグモイド</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="74" />
            <source>Entries per array</source>
            <translation>配列ごとの要素数</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="78" />
            <source>How many entries of each parameter array are checked (chosen at random among those with a non-zero gradient)</source>
            <translation>各パラメータ配列で確認する要素の数（勾配が 0 でない要素からランダムに選びます）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="89" />
            <source>The step h of the central difference, from 1e-10 (left) to 1e-1 (right)</source>
            <translation>中心差分の刻み h（左 1e-10 から右 1e-1 まで）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="101" />
            <source>Array</source>
            <translation>配列</translation>
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
            <translation>折れ目</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="126" />
            <source>step h</source>
            <translation>刻み h</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="127" />
            <source>mean |numerical − backprop|</source>
            <translation>平均 |数値微分 − 誤差逆伝播法|</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="128" />
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="245" />
            <source>Error against h: truncation on the right, rounding on the left</source>
            <translation>h に対する誤差：右は打ち切り誤差、左は丸め誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="159" />
            <source>Could not run the gradient check: %1</source>
            <translation>勾配確認を実行できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="175" />
            <source>h = %1</source>
            <translation>h = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="191" />
            <source>%1 of %2</source>
            <translation>%2 個中 %1 個</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="203" />
            <source>The book checks with h = 1e-4 and prints the mean |difference| of each array; about 1e-10 or less means backprop is right.</source>
            <translation>本では h = 1e-4 で確認し、配列ごとの平均 |差| を表示します。1e-10 程度以下なら誤差逆伝播法は正しく実装されています。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="207" />
            <source>%1 checked entries sit at a ReLU kink: moving the weight by ±h pushes a ReLU input across 0, so the central difference averages two slopes while backprop takes one. That difference is the kink's, not a bug; a smaller h avoids it.</source>
            <translation>確認した要素のうち %1 個は ReLU の折れ目にあります。重みを ±h 動かすと ReLU の入力が 0 をまたぐため、中心差分は2つの傾きの平均になり、誤差逆伝播法は片方の傾きをとります。この差は折れ目によるもので、バグではありません。h を小さくすれば避けられます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="212" />
            <source>h is large: the truncation error (about h²) dominates. Move h to the right.</source>
            <translation>h が大きいので打ち切り誤差（h² 程度）が支配的です。h を小さくしてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="214" />
            <source>h is small: f(x + h) and f(x − h) agree in almost every digit, so rounding errors of float64 (about 1e-16 / h) dominate. Move h to the left.</source>
            <translation>h が小さいので f(x + h) と f(x − h) がほとんどの桁で一致し、float64 の丸め誤差（1e-16 / h 程度）が支配的です。h を大きくしてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/gradcheck_tab.py" line="216" />
            <source>Smallest error on this network near h = %1; largest difference now %2.</source>
            <translation>このネットワークで誤差が最小になるのは h = %1 付近です。現在の最大の差は %2 です。</translation>
        </message>
    </context>
    <context>
        <name>BackpropGraph</name>
        <message>
            <location filename="../../app/panels/backprop/graph_view.py" line="194" />
            <source>local: %1</source>
            <translation>局所: %1</translation>
        </message>
    </context>
    <context>
        <name>BackpropGraphTab</name>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="45" />
            <source>Buying apples (figure 5-16)</source>
            <translation>りんごの買い物（図5-16）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="46" />
            <source>Apples and oranges (figure 5-17)</source>
            <translation>りんごとみかんの買い物（図5-17）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="47" />
            <source>Chain rule: z = t**2, t = x + y (figure 5-7)</source>
            <translation>連鎖律: z = t**2, t = x + y（図5-7）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="48" />
            <source>(x + y) * z</source>
            <translation>(x + y) * z</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="49" />
            <source>exp(-x) (section 5.5.2)</source>
            <translation>exp(-x)（5.5.2節）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="50" />
            <source>Sigmoid 1 / (1 + exp(-x)) (figure 5-19)</source>
            <translation>シグモイド関数 1 / (1 + exp(-x))（図5-19）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="70" />
            <source>Load one of the book's graphs</source>
            <translation>本の計算グラフを読み込みます</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="71" />
            <source>Your own formula</source>
            <translation>自分の式</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="75" />
            <source>Formula (one statement per line; name = … defines a node):</source>
            <translation>式（1行に1文。名前 = … でノードを定義）:</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="79" />
            <source>For example (x + y) * z, or t = x + y on one line and t**2 on the next. Functions: exp(), log(), sin(), cos(), tanh(), sigmoid(), relu(), sqrt(), abs()…</source>
            <translation>例: (x + y) * z、または1行目に t = x + y、次の行に t**2。関数: exp(), log(), sin(), cos(), tanh(), sigmoid(), relu(), sqrt(), abs()…</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="135" />
            <source>The value of %1 (any finite number)</source>
            <translation>%1 の値（任意の有限の数）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="158" />
            <source>The value of %1 must be a finite number, such as 1.5.</source>
            <translation>%1 の値は 1.5 のような有限の数にしてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="170" />
            <source>Your own graph. Step forward to compute each node, then backward to send the gradient back, node by node.</source>
            <translation>自分の計算グラフです。ステップを進めると、順伝播で各ノードを計算し、次に逆伝播で勾配をノードごとに戻します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="179" />
            <source>the book prints int(%1) = %2</source>
            <translation>本では int(%1) = %2 と表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="181" />
            <source>the book prints %1, the same</source>
            <translation>本の表示も %1（同じ）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="183" />
            <source>the book prints %1 (the same number: %2)</source>
            <translation>本では %1 と表示（同じ数: %2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Phase</source>
            <translation>段階</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Node</source>
            <translation>ノード</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="203" />
            <source>Computation</source>
            <translation>計算</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>forward</source>
            <translation>順伝播</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>backward: start</source>
            <translation>逆伝播: 開始</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="218" />
            <source>backward</source>
            <translation>逆伝播</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="276" />
            <source>Each gradient from backprop against the book's numerical derivative (central difference, h = 1e-4)</source>
            <translation>誤差逆伝播法による各勾配と本の数値微分（中心差分、h = 1e-4）の比較</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="282" />
            <source>Check against the numerical derivative (h = 1e-4)</source>
            <translation>数値微分による確認（h = 1e-4）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="284" />
            <source>Step to the end of the backward pass to compare every gradient with the numerical derivative.</source>
            <translation>逆伝播を最後まで進めると、すべての勾配を数値微分と比べます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="290" />
            <source>✓ agrees</source>
            <translation>✓ 一致</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="292" />
            <source>differs at a kink (relu/abs/step at 0): the numerical derivative averages the two sides; not a bug</source>
            <translation>折れ目（0 での relu/abs/step）で異なります。数値微分は両側の平均をとります。バグではありません</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="295" />
            <source>✗ differs by %1</source>
            <translation>✗ %1 の差</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="335" />
            <source>One step: the next node forward, then backward (Right arrow).</source>
            <translation>1ステップ: 次のノードへ。順伝播のあと逆伝播（→キー）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="336" />
            <source>One step back (Left arrow).</source>
            <translation>1ステップ戻る（←キー）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="337" />
            <source>Back to the start: only the inputs are known (Home).</source>
            <translation>最初に戻る: 入力だけがわかっている状態（Home）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="338" />
            <source>Play or pause: forward node by node, then backward (Space).</source>
            <translation>再生／一時停止: ノードごとに順伝播、次に逆伝播（スペース）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="358" />
            <source>Start: only the inputs are known. Step forward.</source>
            <translation>開始: 入力だけがわかっています。ステップを進めてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="359" />
            <source>Forward pass: step %1 of %2</source>
            <translation>順伝播: ステップ %1 / %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="360" />
            <source>Backward pass: step %1 of %2 (gradients in red)</source>
            <translation>逆伝播: ステップ %1 / %2（勾配は赤）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/graph_tab.py" line="361" />
            <source>Done: every gradient is known (%1 of %2 steps).</source>
            <translation>完了: すべての勾配が求まりました（%1 / %2 ステップ）。</translation>
        </message>
    </context>
    <context>
        <name>BackpropNetwork</name>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="63" />
            <source>Tiny 2-3-2 network (the book's weights, 2 samples)</source>
            <translation>小さな 2-3-2 ネットワーク（本の重み、2サンプル）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="64" />
            <source>MNIST mini-batch, 784-50-10 (untrained)</source>
            <translation>MNIST のミニバッチ、784-50-10（未学習）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="65" />
            <source>The training panel's network on MNIST</source>
            <translation>学習パネルのネットワーク（MNIST）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="66" />
            <source>Which network and which mini-batch to trace</source>
            <translation>たどるネットワークとミニバッチ</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="70" />
            <source>Sigmoid</source>
            <translation>シグモイド</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="71" />
            <source>Activation function between the two Affine layers</source>
            <translation>2つの Affine レイヤの間の活性化関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="73" />
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="78" />
            <source>Images in the mini-batch (the book's gradient check uses 3)</source>
            <translation>ミニバッチの画像数（本の勾配確認では3）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="80" />
            <source>Sample</source>
            <translation>サンプル</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="82" />
            <source>The sample whose activations and gradients are drawn</source>
            <translation>活性化と勾配を描くサンプル</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="95" />
            <source>The tiny network's %1: rows separated by ';', numbers by ','</source>
            <translation>小さなネットワークの %1（行は ; で、数は , で区切ります）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="103" />
            <source>One step: the next layer forward, then backward (Right arrow).</source>
            <translation>1ステップ: 次のレイヤへ。順伝播のあと逆伝播（→キー）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="104" />
            <source>One step back (Left arrow).</source>
            <translation>1ステップ戻る（←キー）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="105" />
            <source>Back to the start: only the input is known (Home).</source>
            <translation>最初に戻る: 入力だけがわかっている状態（Home）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="123" />
            <source>SoftmaxWithLoss sends back (y − t)/N, the gradient with respect to the scores a. The loss panel's ∂E/∂y = −t/(y + δ) is the gradient with respect to the softmax output y; passing it back through the softmax node gives (y − t)/N (section 5.6.3).</source>
            <translation>SoftmaxWithLoss は (y − t)/N を逆伝播します。これはスコア a に関する勾配です。損失関数パネルの ∂E/∂y = −t/(y + δ) はソフトマックス関数の出力 y に関する勾配で、ソフトマックスのノードを逆伝播させると (y − t)/N になります（5.6.3節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="132" />
            <source>The arrays of the current step (every number of the tiny network)</source>
            <translation>現在のステップの配列（小さなネットワークではすべての数値）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="212" />
            <source>softmax y and label t</source>
            <translation>ソフトマックスの出力 y とラベル t</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="218" />
            <source>(y − t)/N: SoftmaxWithLoss backward</source>
            <translation>(y − t)/N: SoftmaxWithLoss の逆伝播</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="221" />
            <source>∂E/∂y = −t/(y + δ)/N (the loss panel's dE/dy)</source>
            <translation>∂E/∂y = −t/(y + δ)/N（損失関数パネルの dE/dy）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="231" />
            <source>MNIST was not found: set DLFS_DATA or run “dlfs data --fetch mnist”.</source>
            <translation>MNIST が見つかりません。DLFS_DATA を設定するか “dlfs data --fetch mnist” を実行してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="234" />
            <source>Train a TwoLayerNet on MNIST in the training panel first.</source>
            <translation>先に学習パネルで TwoLayerNet を MNIST で学習させてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="281" />
            <source>Could not trace the network: %1</source>
            <translation>ネットワークをたどれませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="307" />
            <source>%1 is not a list of numbers (rows separated by ';')</source>
            <translation>%1 が数の並びになっていません（行は ; で区切ります）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="310" />
            <source>t must hold whole numbers (labels 0 or 1)</source>
            <translation>t は整数（ラベル 0 か 1）にしてください</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="320" />
            <source>scalar</source>
            <translation>スカラー</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="390" />
            <source>∂L/∂x: not needed</source>
            <translation>∂L/∂x: 不要</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="415" />
            <source>Start: only the input x is known. Step forward layer by layer.</source>
            <translation>開始: 入力 x だけがわかっています。レイヤごとに進めてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="417" />
            <source>Forward: %1 (step %2 of %3)</source>
            <translation>順伝播: %1（ステップ %2 / %3）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="419" />
            <source>Backward starts: ∂L/∂L = 1 (step %2 of %3)</source>
            <translation>逆伝播の開始: ∂L/∂L = 1（ステップ %2 / %3）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="421" />
            <source>Backward: %1 (step %2 of %3; gradients in red)</source>
            <translation>逆伝播: %1（ステップ %2 / %3、勾配は赤）</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="423" />
            <source>loss L = %1</source>
            <translation>損失 L = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/network_tab.py" line="451" />
            <source>Sample %1 is drawn above; the arrays hold the whole batch.</source>
            <translation>上の図はサンプル %1 です。配列はバッチ全体です。</translation>
        </message>
    </context>
    <context>
        <name>BackpropPanel</name>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="28" />
            <location filename="../../app/panels/backprop/panel.py" line="61" />
            <source>Computational graph</source>
            <translation>計算グラフ</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="29" />
            <source>Forward node by node, then backward: the book's shopping graphs or your own formula (sections 5.1-5.5).</source>
            <translation>ノードごとに順伝播し、次に逆伝播します。本の買い物の計算グラフか自分の式で（5.1〜5.5節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="31" />
            <source>Network as a graph</source>
            <translation>ネットワークの計算グラフ</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="32" />
            <source>TwoLayerNet's layers as a graph: shapes, activations and gradients of one sample (section 5.7).</source>
            <translation>TwoLayerNet のレイヤを計算グラフとして: 形状、1サンプルの活性化と勾配（5.7節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="34" />
            <source>Gradient check</source>
            <translation>勾配確認</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="35" />
            <source>Numerical against backprop gradients, and the error against the step h (section 5.7.3).</source>
            <translation>数値微分と誤差逆伝播法の勾配の比較と、刻み h に対する誤差（5.7.3節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="56" />
            <source>Backpropagation</source>
            <translation>誤差逆伝播法</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="62" />
            <source>Backprop ledger</source>
            <translation>誤差逆伝播法の計算記録</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="63" />
            <source>Backprop against numerical derivative</source>
            <translation>誤差逆伝播法と数値微分の比較</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="65" />
            <source>Network graph</source>
            <translation>ネットワークの計算グラフ</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="66" />
            <source>Activations and gradients of one sample</source>
            <translation>1サンプルの活性化と勾配</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="67" />
            <source>(y − t)/N and dE/dy</source>
            <translation>(y − t)/N と dE/dy</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="69" />
            <source>Gradient check: error against h</source>
            <translation>勾配確認: h に対する誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/backprop/panel.py" line="70" />
            <source>Gradient check at the chosen h</source>
            <translation>選んだ h での勾配確認</translation>
        </message>
    </context>
    <context>
        <name>CnnView</name>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="26" />
            <source>it is not a SimpleConvNet (train one here, or choose a convolution network in the training view)</source>
            <translation>SimpleConvNet ではありません（ここで学習するか、学習ビューで畳み込みネットワークを選んでください）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="29" />
            <source>it does not read 1×28×28 images</source>
            <translation>1×28×28 の画像を入力としません</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="53" />
            <source>Train one now (SimpleConvNet, about one epoch)</source>
            <translation>いま学習する（SimpleConvNet、約1エポック）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="63" />
            <source>Filter</source>
            <translation>フィルター</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="66" />
            <source>Highlight one filter and the maps it produces (or click a tile)</source>
            <translation>1つのフィルターとそれが作るマップを強調（タイルのクリックでも可）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="70" />
            <source>The chosen filter, its feature map and the pooled map, enlarged</source>
            <translation>選んだフィルターとその特徴マップ、プーリング後のマップ（拡大）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="127" />
            <source>No SimpleConvNet yet: train one in the MNIST training view, load a model, or train one now.</source>
            <translation>SimpleConvNet がまだありません：MNISTの学習ビューで学習するか、モデルを読み込むか、いま学習してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="134" />
            <source>Input 1×28×28</source>
            <translation>入力 1×28×28</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="135" />
            <source>%1 filters W1 (5×5)</source>
            <translation>%1 個のフィルター W1（5×5）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="136" />
            <source>Feature maps after ReLU (%1×24×24)</source>
            <translation>ReLU後の特徴マップ（%1×24×24）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="137" />
            <source>Max pooled (%1×12×12)</source>
            <translation>Maxプーリング後（%1×12×12）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="138" />
            <source>Scores (softmax probabilities)</source>
            <translation>スコア（ソフトマックス関数の確率）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="160" />
            <source>Choose a SimpleConvNet and a digit to look inside.</source>
            <translation>中を見るには SimpleConvNet と数字を選んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="182" />
            <source> (label %1)</source>
            <translation>（正解ラベル %1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="183" />
            <source>Prediction: %1 with probability %2%3</source>
            <translation>推論結果：%1、確率 %2%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/cnn_view.py" line="229" />
            <source>Nothing to show yet: choose a SimpleConvNet and a digit.</source>
            <translation>まだ表示するものがありません：SimpleConvNet と数字を選んでください。</translation>
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
            <translation>どのウィンドウがどの行になるか、ループの代わりの1回の行列の積（7.4節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="29" />
            <location filename="../../app/panels/convolution/panel.py" line="54" />
            <source>Inside a SimpleConvNet</source>
            <translation>SimpleConvNet の内部</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="30" />
            <source>The 30 filters, feature maps, pooled maps and scores of a trained CNN (7.5, 7.6).</source>
            <translation>学習済みCNNの30個のフィルター、特徴マップ、プーリング後のマップ、スコア（7.5、7.6節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="46" />
            <source>Convolution</source>
            <translation>畳み込み</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="50" />
            <source>im2col: input, column matrix, filters, col2im counts</source>
            <translation>im2col：入力、列の行列、フィルター、col2im の回数</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/panel.py" line="52" />
            <source>col2im overlap counts</source>
            <translation>col2im の重なり回数</translation>
        </message>
    </context>
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="94" />
            <location filename="../../app/panels/training/curves.py" line="103" />
            <source>accuracy</source>
            <translation>認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="94" />
            <source>loss (smoothed)</source>
            <extracomment>Most points drawn per curve: a thick antialiased line costs per point (four racers' 1,000-point curves took 30 ms of each repaint, and it grew with the race), and a smoothed curve keeps its shape at this many.</extracomment>
            <translation>損失（平滑化）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="95" />
            <location filename="../../app/panels/training/curves.py" line="91" />
            <source>iteration</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="99" />
            <source>solid: training accuracy, dashed: test accuracy</source>
            <translation>実線：訓練データの認識精度、破線：テストデータの認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="67" />
            <source>Logarithmic loss axis</source>
            <extracomment>Minimum seconds between two redraws of a running run's loss curve.</extracomment>
            <translation>損失を対数目盛で表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="68" />
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation>損失を対数目盛で表示: 後半のゆっくりした改善も見えるようになります</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="71" />
            <source>Moving average over</source>
            <translation>移動平均:</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="75" />
            <source> iterations</source>
            <translation> 回</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="76" />
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation>ミニバッチの損失 (生値) に重ねて描く移動平均の幅</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="79" />
            <source>Fit view</source>
            <translation>全体を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="80" />
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation>ズームアウトして全データを表示 (グラフ上でドラッグやスクロールするとズーム)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="89" />
            <source>Training loss per mini-batch</source>
            <translation>ミニバッチごとの訓練データの損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="90" />
            <location filename="../../app/panels/training/curves.py" line="484" />
            <source>cross-entropy loss</source>
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="102" />
            <source>Accuracy (train ●—, test ■ - -)</source>
            <translation>認識精度（訓練 ●—、テスト ■ - -）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="104" />
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="192" />
            <source>train accuracy</source>
            <translation>訓練データの認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="193" />
            <source>test accuracy</source>
            <translation>テストデータの認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="484" />
            <source>loss</source>
            <translation>損失</translation>
        </message>
    </context>
    <context>
        <name>DatasetDialog</name>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="41" />
            <source>or press Download below (or Choose folder… if you have them elsewhere).</source>
            <translation>または下の「ダウンロード」を押してください (別の場所にある場合は「フォルダーを選択…」)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="57" />
            <source>Dataset not found</source>
            <translation>データセットが見つかりません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="66" />
            <source>Where the dataset was looked for, and which files it needs</source>
            <translation>データセットを探した場所と、必要なファイル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="69" />
            <source>Download into: %1</source>
            <translation>ダウンロード先: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="71" />
            <source>The folder the four files will be saved in (checksums verified)</source>
            <translation>4つのファイルの保存先フォルダー (チェックサムを検証します)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="75" />
            <source>Download progress of the current file</source>
            <translation>現在のファイルのダウンロードの進行状況</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="78" />
            <source>File, size and speed of the download</source>
            <translation>ダウンロード中のファイル、サイズ、速度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="86" />
            <source>Download</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="87" />
            <source>Download the four files from the public mirrors and verify their checksums</source>
            <translation>公開ミラーから4つのファイルをダウンロードし、チェックサムを検証する</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="90" />
            <source>Choose folder…</source>
            <translation>フォルダーを選択…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="91" />
            <source>Pick a folder that already holds the four IDX files</source>
            <translation>4つのIDXファイルがすでにあるフォルダーを選ぶ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="92" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="93" />
            <source>Cancel the download, or close this dialog</source>
            <translation>ダウンロードを中止するか、このダイアログを閉じる</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="123" />
            <source>Connecting…</source>
            <translation>接続中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="139" />
            <source>%1: %2 at %3/s (%4)</source>
            <translation>%1: %2 (%3/秒, %4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="145" />
            <location filename="../../app/panels/training/dataset_dialog.py" line="173" />
            <source>Download cancelled; no partial file was kept.</source>
            <translation>ダウンロードを中止しました。途中までのファイルは残していません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="150" />
            <source>The download failed: %1</source>
            <translation>ダウンロードに失敗しました: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="151" />
            <source>Check the internet connection and press Download again, or copy the four files into a folder and press Choose folder…</source>
            <translation>インターネット接続を確認して「ダウンロード」をもう一度押すか、4つのファイルをフォルダーにコピーして「フォルダーを選択…」を押してください</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="166" />
            <source>Downloaded and verified.</source>
            <translation>ダウンロードして検証しました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dataset_dialog.py" line="178" />
            <source>Folder holding the four IDX files</source>
            <translation>4つのIDXファイルのあるフォルダー</translation>
        </message>
    </context>
    <context>
        <name>DescentFields</name>
        <message>
            <source>The number must be finite.</source>
            <translation type="vanished">有限の数でなければなりません。</translation>
        </message>
        <message>
            <source>Use a value from {lo} to {hi}.</source>
            <translation type="vanished">{lo} から {hi} までの値を使ってください。</translation>
        </message>
        <message>
            <source>The last good value is still used.</source>
            <translation type="vanished">最後の正しい値がそのまま使われます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="76" />
            <source>Type a number.</source>
            <translation>数値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="78" />
            <source>Too long for a number.</source>
            <translation>数値としては長すぎます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="83" />
            <source>Type a whole number, e.g. 20.</source>
            <translation>整数を入力してください (例: 20)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="84" />
            <source>Type a number such as 0.1 or 1e-4.</source>
            <translation>0.1 や 1e-4 のような数値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="86" />
            <source>Must be a finite number.</source>
            <translation>有限の数値でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="88" />
            <source>Must be between {lo} and {hi}.</source>
            <translation>{lo} から {hi} の範囲でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="157" />
            <source>(slider on a log scale)</source>
            <translation>(スライダーは対数目盛)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="277" />
            <source>Not applied; still using {0}.</source>
            <translation>適用されていません。{0} のままです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="302" />
            <source>“{0}” was not applied. {1} Back to {2}.</source>
            <translation>「{0}」は適用されませんでした。{1} {2} に戻しました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="305" />
            <source>An empty field is not applied. Back to {0}.</source>
            <translation>空欄は適用されません。{0} に戻しました。</translation>
        </message>
    </context>
    <context>
        <name>DescentPanel</name>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="43" />
            <source>Descent</source>
            <extracomment>What a sub-tab holds.</extracomment>
            <translation>降下</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="44" />
            <source>One optimizer walking down a surface, step by step (figures 4-9, 4-10).</source>
            <translation>1つの最適化手法が曲面を1ステップずつ下っていく様子 (図4-9、図4-10)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="45" />
            <location filename="../../app/panels/descent_panel.py" line="107" />
            <source>Optimizer race</source>
            <translation>最適化手法の競争</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="46" />
            <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6).</source>
            <translation>SGD、Momentum、Nesterov、AdaGrad、RMSprop、Adam を同じ開始点から比べる (6章)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="47" />
            <source>Numerical differentiation</source>
            <translation>数値微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="48" />
            <source>Forward and central differences and why the book picks h = 1e-4 (section 4.3).</source>
            <translation>前方差分と中心差分、そして本書が h = 1e-4 を選ぶ理由 (4.3節)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="89" />
            <source>Gradient descent</source>
            <translation>勾配降下法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="103" />
            <source>Descent map</source>
            <translation>降下マップ</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="104" />
            <source>f(x) over iterations</source>
            <translation>繰り返しごとの f(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="105" />
            <source>Step ledger</source>
            <translation>ステップ記録</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="108" />
            <source>Figure 6-8 (2×2)</source>
            <translation>図6-8 (2×2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="110" />
            <source>Numerical differentiation: f and tangents</source>
            <translation>数値微分: f と接線</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="111" />
            <source>Numerical differentiation: error against h</source>
            <translation>数値微分: h に対する誤差</translation>
        </message>
    </context>
    <context>
        <name>DescentView</name>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="62" />
            <source>The current step: k, the point x_k, f(x_k) and the last step taken.</source>
            <translation>現在のステップ: k、点 x_k、f(x_k)、直前のステップ。</translation>
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
            <translation>直前のステップ Δx = {0}, |Δx| = {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="144" />
            <source>f is not defined at the start point x = {0}: f(x) = {1}. Choose a start inside the function's domain (type it, or click the map).</source>
            <translation>開始点 x = {0} では f が定義されていません: f(x) = {1}。関数の定義域の中に開始点を選んでください(入力するか、マップをクリック)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="147" />
            <source>Step {0} left the domain of f: f(x) = {1} at x = {2}, so core ended the run there. A smaller learning rate may keep the walk inside.</source>
            <translation>ステップ {0} で f の定義域の外に出ました: x = {2} で f(x) = {1}。そのため core はそこで実行を終えました。学習率を小さくすれば定義域の中にとどまるかもしれません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="152" />
            <source>this surface has no minimum to find (it falls without bound)</source>
            <translation>この曲面には最小値がありません (どこまでも下がります)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="154" />
            <source>the learning rate is too large here</source>
            <translation>ここでは学習率が大きすぎます</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="156" />
            <source>the learning rate may be too large, or f has no minimum that way</source>
            <translation>学習率が大きすぎるか、その方向には f の最小値がありません</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="157" />
            <source>Diverged at step {0}: x = {1}; {2}.</source>
            <translation>ステップ {0} で発散しました: x = {1}。{2}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="159" />
            <source>|x| passed 1e150 (or stopped being finite), so core ended the run here.</source>
            <translation>|x| が 1e150 を超えた (または有限でなくなった) ため、core がここで計算を打ち切りました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="162" />
            <source>From step {0} on, x ± h rounds back to x, so the numerical gradient is 0 and the point freezes at {1}: stuck, not converged.</source>
            <translation>ステップ {0} 以降は x ± h が丸めによって x に戻るため、数値微分による勾配が 0 になり、点は {1} で止まります。収束したのではなく、動けなくなっただけです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_status.py" line="173" />
            <source>Barely moving: after {0} steps the point is only {1} away from the start (learning rate too small).</source>
            <translation>ほとんど動いていません: {0} ステップ後も開始点から {1} しか離れていません (学習率が小さすぎます)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="96" />
            <source>The update rule (chapter 6); SGD is the book's gradient descent.</source>
            <extracomment>Steps recomputed when a parameter changes (in chunks, see StepCursor.RECOMPUTE_CHUNK); beyond this the step index is clamped.</extracomment>
            <translation>パラメータの更新方法 (6章)。SGD が本書の勾配降下法です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="98" />
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="101" />
            <source>Learning rate η, used exactly as typed (e.g. 0.1).</source>
            <translation>学習率 η。入力した値をそのまま使います (例: 0.1)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="103" />
            <source>Learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="106" />
            <source>Number of updates (step_num in the book).</source>
            <translation>更新の回数 (本書の step_num)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="108" />
            <source>Steps</source>
            <translation>ステップ数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="111" />
            <source>numerical (central difference)</source>
            <translation>数値微分 (中心差分)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="112" />
            <source>analytic (formula)</source>
            <translation>解析的 (数式)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="115" />
            <source>Which gradient drives the steps; the ledger shows both.</source>
            <translation>どちらの勾配で更新するか。ステップ記録には両方が表示されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="117" />
            <source>Gradient</source>
            <translation>勾配</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="120" />
            <source>Step h of the numerical gradient (the book uses 1e-4).</source>
            <translation>数値微分で使う微小な値 h (本書では 1e-4)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="122" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="126" />
            <source>Momentum coefficient α: how much of the last velocity is kept.</source>
            <translation>Momentum の係数 α: 直前の速度をどれだけ残すか。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="127" />
            <source>RMSprop decay rate: how fast old squared gradients are forgotten.</source>
            <translation>RMSprop の減衰率: 過去の勾配の2乗をどれだけ速く忘れるか。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="128" />
            <source>Adam's β1: decay of the first-moment (mean) estimate.</source>
            <translation>Adam の β1: 1次モーメント (平均) の推定値の減衰率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="129" />
            <source>Adam's β2: decay of the second-moment (squared) estimate.</source>
            <translation>Adam の β2: 2次モーメント (2乗) の推定値の減衰率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="130" />
            <source>Momentum α</source>
            <translation>Momentum α</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="130" />
            <source>Decay rate</source>
            <translation>減衰率</translation>
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
            <translation>開始点の x0。マップ上でクリック/ドラッグしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="145" />
            <source>Start x1; or click/drag on the map.</source>
            <translation>開始点の x1。マップ上でクリック/ドラッグしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="149" />
            <source>Start</source>
            <translation>開始点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="155" />
            <source>log scale for f(x)</source>
            <translation>f(x) を対数目盛で表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="157" />
            <source>Show f(x) against iteration on a logarithmic axis.</source>
            <translation>繰り返しごとの f(x) を対数軸で表示する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="160" />
            <source>show −gradient arrows</source>
            <translation>−勾配の矢印を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="162" />
            <source>Draw the field of −gradient arrows (book figure 4-9).</source>
            <translation>−勾配の矢印を描く (本書の図4-9)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="179" />
            <source>Click to set the start point; drag the cross to move it.</source>
            <translation>クリックで開始点を設定。十字をドラッグすると動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="194" />
            <source>The start point: drag it to move the start.</source>
            <translation>開始点: ドラッグすると開始点を動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="423" />
            <source>point off the map: x = {0}</source>
            <translation>点はマップの外です: x = {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/value_chart.py" line="79" />
            <source>f(x_k) against the iteration k.</source>
            <translation>繰り返し k に対する f(x_k)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/value_chart.py" line="81" />
            <source>iteration k</source>
            <translation>繰り返し k</translation>
        </message>
    </context>
    <context>
        <name>DigitSource</name>
        <message>
            <location filename="../../app/panels/digit_source.py" line="44" />
            <source>Test image</source>
            <translation>テスト画像</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="45" />
            <source>Drawn digit</source>
            <translation>手書きの数字</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="46" />
            <source>Push a test image or your own drawing through the network</source>
            <translation>テスト画像か自分で描いた数字をネットワークに通す</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="55" />
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="58" />
            <source>Which of the 10,000 test images</source>
            <translation>10,000枚のテスト画像のどれか</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="60" />
            <source>Random</source>
            <translation>ランダム</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="61" />
            <source>Pick a test image at random</source>
            <translation>テスト画像をランダムに選ぶ</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="71" />
            <source>Draw a digit with the left mouse button; right click erases</source>
            <translation>左ボタンで数字を描く。右クリックで消去</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="73" />
            <source>Clear</source>
            <translation>消去</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="74" />
            <source>Erase the drawing</source>
            <translation>描いた数字を消す</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="99" />
            <source>(no test images: draw a digit instead)</source>
            <translation>（テスト画像がありません：数字を描いてください）</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="122" />
            <source>(loading MNIST…)</source>
            <translation>（MNIST を読み込み中…）</translation>
        </message>
        <message>
            <location filename="../../app/panels/digit_source.py" line="130" />
            <source>label: %1</source>
            <translation>正解ラベル：%1</translation>
        </message>
    </context>
    <context>
        <name>DrawTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="169" />
            <source>Draw with the left mouse button; right click clears</source>
            <translation>左ボタンで描く。右クリックで消去</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="173" />
            <source>Clear</source>
            <translation>消去</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="174" />
            <source>Erase the drawing</source>
            <translation>描いた絵を消す</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="180" />
            <source>The class with the highest probability</source>
            <translation>確率が最も高いクラス</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="185" />
            <source>as the network sees it (28×28)</source>
            <translation>ネットワークから見た画像 (28×28)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="186" />
            <source>Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, centred by its centre of mass in 28×28</source>
            <translation>MNISTと同じように前処理した絵: 切り抜き、20×20 に収まるよう拡大縮小し、28×28 の中で重心を中央に配置</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="191" />
            <source>Softmax probabilities of the current network for your drawing</source>
            <translation>描いた絵に対する現在のネットワークのソフトマックス関数の出力 (確率)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="197" />
            <source>Draw a digit</source>
            <translation>数字を描く</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="197" />
            <source>Draw a piece of clothing</source>
            <translation>服を描いてください</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="222" />
            <source>Fix the network settings first</source>
            <translation>先にネットワークの設定を直してください</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="228" />
            <source>It looks like %1 (%2%)</source>
            <translation>%1 のようです (%2%)</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../app/main.py" line="214" />
            <source>Something went wrong.</source>
            <extracomment>Libraries Qt's X11 plugin loads that many desktop installs lack (Debian package names).</extracomment>
            <translation>問題が発生しました。</translation>
        </message>
    </context>
    <context>
        <name>ErrorsTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="91" />
            <source>Rows: true label; columns: predicted label; the diagonal holds the correct answers (updated after each epoch)</source>
            <translation>行: 正解ラベル、列: 予測ラベル。対角線上が正解です (エポックごとに更新)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="97" />
            <source>Test images the network got wrong, most confident first</source>
            <translation>ネットワークが誤認識したテスト画像 (確信度の高い順)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="105" />
            <source>Most confident mistakes on the test set (true→predicted, confidence)</source>
            <translation>テストデータでの確信度の高い誤認識 (正解→予測, 確信度)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="119" />
            <source>Most confident mistakes on the test set at iteration %1 (epoch %2): true→predicted, confidence; test accuracy %3</source>
            <translation>繰り返し %1 (エポック %2) でのテストデータの確信度の高い誤認識: 正解→予測, 確信度。テストデータの認識精度 %3</translation>
        </message>
    </context>
    <context>
        <name>ExprErrors</name>
        <message>
            <location filename="../../app/expr_errors.py" line="16" />
            <source>the number {literal} is too large</source>
            <extracomment>message key -&gt; English template, marked for translation (context "ExprErrors").</extracomment>
            <translation>数 {literal} が大きすぎます</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="17" />
            <source>unexpected character '{char}': {hint}</source>
            <translation>使えない文字 '{char}': {hint}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="18" />
            <source>square brackets are not allowed; use round parentheses ( )</source>
            <translation>角かっこは使えません。丸かっこ ( ) を使ってください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="19" />
            <source>curly brackets are not allowed; use round parentheses ( )</source>
            <translation>波かっこは使えません。丸かっこ ( ) を使ってください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="20" />
            <source>a comma is not allowed: the functions here take a single argument, and decimals use a point (0.5)</source>
            <translation>カンマは使えません。ここで使える関数の引数は1つで、小数点はピリオドです (0.5)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="22" />
            <source>type only the formula, without '=' (for example x0**2 + x1**2)</source>
            <translation>'=' を付けずに式だけを入力してください (例: x0**2 + x1**2)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="23" />
            <source>use * for multiplication</source>
            <translation>掛け算には * を使ってください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="24" />
            <source>use / for division</source>
            <translation>割り算には / を使ってください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="25" />
            <source>use the ASCII minus sign -</source>
            <translation>マイナスには半角の - を使ってください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="26" />
            <source>write powers as x0**2 or x0^2</source>
            <translation>累乗は x0**2 または x0^2 と書いてください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="27" />
            <source>quotes are not allowed: type a formula, not text</source>
            <translation>引用符は使えません。文字列ではなく式を入力してください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="28" />
            <source>only one formula is allowed, without ';'</source>
            <translation>入力できる式は1つだけです (';' は使えません)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="29" />
            <source>a point must be part of a number such as 0.5</source>
            <translation>ピリオドは 0.5 のような数の一部としてだけ使えます</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="30" />
            <source>only numbers, x0, x1 (or x, y), pi, e, + - * / ** ^, parentheses and functions such as sin(...) are allowed</source>
            <translation>使えるのは数、x0、x1 (または x、y)、pi、e、+ - * / ** ^、かっこ、sin(...) などの関数だけです</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="32" />
            <source>unknown name '{name}'; did you mean '{close}'?</source>
            <translation>知らない名前 '{name}' です。'{close}' のことですか?</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="33" />
            <source>unknown name '{name}'; use x0 and x1 (or x and y), pi, e and functions such as {functions}</source>
            <translation>知らない名前 '{name}' です。x0 と x1 (または x と y)、pi、e と、{functions} などの関数を使ってください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="35" />
            <source>the expression is nested too deeply (more than {limit} levels of parentheses, functions, signs or powers)</source>
            <translation>式の入れ子が深すぎます (かっこ、関数、符号、累乗が {limit} 段を超えています)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="37" />
            <source>the expression is empty: type a formula such as x0**2 + x1**2</source>
            <translation>式が空です。x0**2 + x1**2 のような式を入力してください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="38" />
            <source>the expression is empty</source>
            <translation>式が空です</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="39" />
            <source>this ')' has no matching '('</source>
            <translation>この ')' に対応する '(' がありません</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="40" />
            <source>missing operator between '{left}' and '{right}' (for a product write {left}*{right})</source>
            <translation>'{left}' と '{right}' の間に演算子がありません (掛け算なら {left}*{right} と書きます)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="42" />
            <source>missing operator between '{left}' and '{right}'</source>
            <translation>'{left}' と '{right}' の間に演算子がありません</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="43" />
            <source>the function {name} needs its argument in parentheses, e.g. {name}(x0)</source>
            <translation>関数 {name} の引数はかっこで囲んでください (例: {name}(x0))</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="45" />
            <source>the expression ends after '{prev}': a number, variable or '(' is missing there</source>
            <translation>式が '{prev}' で終わっています。そこに数、変数または '(' が必要です</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="47" />
            <source>empty parentheses: put a formula inside ( )</source>
            <translation>かっこの中が空です。( ) の中に式を入れてください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="48" />
            <source>a number, variable or '(' is missing before this ')'</source>
            <translation>この ')' の前に数、変数または '(' が必要です</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="49" />
            <source>the expression cannot start with '{token}'</source>
            <translation>式を '{token}' で始めることはできません</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="50" />
            <source>a number, variable or '(' is missing between '{left}' and '{right}'</source>
            <translation>'{left}' と '{right}' の間に数、変数または '(' が必要です</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="52" />
            <source>the '(' at character {column} is never closed: a ')' is missing</source>
            <translation>{column}文字目の '(' が閉じていません。')' が必要です</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="53" />
            <source>the expression must be text, got {type}</source>
            <translation>式は文字列でなければなりません ({type} が渡されました)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="54" />
            <source>the expression is too long ({length} characters; at most {limit})</source>
            <translation>式が長すぎます ({length} 文字。最大 {limit} 文字)</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="55" />
            <source>the expression is too complex to differentiate; please simplify it</source>
            <translation>式が複雑すぎて微分できません。簡単にしてください</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="57" />
            <source>'{text}' is not a finite number anywhere in the view [{a}, {b}] x [{c}, {d}]: {why}</source>
            <translation>'{text}' は表示範囲 [{a}, {b}] x [{c}, {d}] のどこでも有限の数になりません: {why}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="59" />
            <source>'{text}' is not a finite number: {why}</source>
            <translation>'{text}' は有限の数ではありません: {why}</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="60" />
            <source>a division by zero</source>
            <translation>0 による割り算</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="61" />
            <source>numbers too large for float64</source>
            <translation>float64 には大きすぎる数</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="62" />
            <source>numbers too small for float64</source>
            <translation>float64 には小さすぎる数</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="63" />
            <source>an undefined operation such as the sqrt or log of a negative number</source>
            <translation>負の数の sqrt や log のような定義されない演算</translation>
        </message>
        <message>
            <location filename="../../app/expr_errors.py" line="65" />
            <source>no finite value</source>
            <translation>有限の値がありません</translation>
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
            <translation>活性化関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="33" />
            <source>Step, sigmoid and ReLU with their derivatives; drag x (sections 3.2, 3.5).</source>
            <translation>ステップ関数・シグモイド関数・ReLU関数とその導関数。x をドラッグ（3.2、3.5節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="34" />
            <source>Three-layer network</source>
            <translation>3層ニューラルネットワーク</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="35" />
            <source>The book's three-layer example with every a and z; edit any weight (section 3.4).</source>
            <translation>本の3層ニューラルネットワークの例。すべての a と z、どの重みも編集可（3.4節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="36" />
            <source>Softmax and overflow</source>
            <translation>ソフトマックス関数とオーバーフロー</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="37" />
            <source>The naive softmax overflows; subtracting the maximum does not (section 3.5.2).</source>
            <translation>素朴なソフトマックス関数はオーバーフローするが、最大値を引けばしない（3.5.2節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="38" />
            <source>A trained network</source>
            <translation>学習済みのネットワーク</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="39" />
            <source>A trained network's forward pass layer by layer, and batches (section 3.6).</source>
            <translation>学習済みネットワークの順伝播を層ごとに、そしてバッチ処理（3.6節）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="63" />
            <source>Forward pass</source>
            <translation>順伝播</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="67" />
            <source>Activation functions and derivatives</source>
            <translation>活性化関数と導関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="69" />
            <source>Three-layer network (section 3.4)</source>
            <translation>3層ニューラルネットワーク（3.4節）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="71" />
            <source>Softmax: naive</source>
            <translation>ソフトマックス関数：素朴な実装</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="72" />
            <source>Softmax: max subtracted</source>
            <translation>ソフトマックス関数：最大値を引く</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="73" />
            <source>Softmax: logits</source>
            <translation>ソフトマックス関数：入力 a</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="74" />
            <source>Forward pass layer by layer</source>
            <translation>層ごとの順伝播</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/panel.py" line="76" />
            <source>Batch speed-up (measured)</source>
            <translation>バッチ処理による高速化（実測）</translation>
        </message>
    </context>
    <context>
        <name>GradCheckTab</name>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="57" />
            <source>Backprop computes all the gradients in one backward pass; the numerical gradient needs two loss evaluations per parameter. Both are computed on the same mini-batch (in float64) and compared.</source>
            <extracomment>Steps h offered for the central difference; the book uses 1e-4. Largest difference called agreement.</extracomment>
            <translation>誤差逆伝播法は1回の逆方向の計算ですべての勾配を求めますが、数値微分はパラメータ1つにつき損失を2回計算する必要があります。両方を同じミニバッチで (float64 で) 計算して比べます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="63" />
            <source>Images</source>
            <translation>画像数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="67" />
            <source>Training images in the mini-batch both gradients are computed on</source>
            <translation>両方の勾配を計算するミニバッチの訓練画像数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="69" />
            <source>Entries per parameter</source>
            <translation>パラメータごとの要素数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="74" />
            <source>How many randomly chosen entries of each parameter array get a numerical gradient; enlarge it to check more</source>
            <translation>各パラメータ配列からランダムに選んで数値微分する要素の数。増やすとより多く確認できます</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="77" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="81" />
            <source>Step of the central difference (f(x+h) − f(x−h)) / 2h; the book uses 1e-4. A smaller h steps over fewer ReLU and max-pool kinks</source>
            <translation>中心差分 (f(x+h) − f(x−h)) / 2h の刻み h。本書では 1e-4。h が小さいほど、ReLU や Maxプーリングの折れ目をまたぐことが減ります</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="84" />
            <source>All parameters (slow)</source>
            <translation>全パラメータ (遅い)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="85" />
            <source>The full numerical gradient: about a minute for 784-50-10</source>
            <translation>すべての要素を数値微分: 784-50-10 で約1分</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="88" />
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="89" />
            <source>Compute both gradients of the current network and compare them</source>
            <translation>現在のネットワークで両方の勾配を計算して比べる</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="92" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="93" />
            <source>Stop the numerical gradient</source>
            <translation>数値微分を中止する</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="101" />
            <source>Numerical gradient entries done</source>
            <translation>数値微分を終えた要素</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="106" />
            <source>Measured times of both methods</source>
            <translation>両方の方法の計測時間</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>parameter</source>
            <translation>パラメータ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>shape</source>
            <translation>形状</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="109" />
            <source>entries checked</source>
            <translation>確認した要素数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="110" />
            <source>max |num − backprop|</source>
            <translation>最大 |数値 − 逆伝播|</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="110" />
            <source>mean |num − backprop|</source>
            <translation>平均 |数値 − 逆伝播|</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="114" />
            <source>Differences of the order 1e-8 or less mean backprop is right</source>
            <translation>差が 1e-8 程度以下なら、誤差逆伝播法は正しく実装されています</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="151" />
            <source>Computing…</source>
            <extracomment>Set by the panel: () -&gt; (network, x, t, seed) or None with a reason shown.</extracomment>
            <translation>計算中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="158" />
            <source>Cancelled.</source>
            <translation>キャンセルしました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="172" />
            <source>Failed: %1</source>
            <translation>失敗しました: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="182" />
            <source>Numerical gradient: %1 of %2 entries (%3), %4 s…</source>
            <translation>数値微分による勾配: %2 個中 %1 個 (%3)、%4 秒…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="191" />
            <source>They agree (max difference %1).</source>
            <translation>一致しています (最大差 %1)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="193" />
            <source>A few entries differ by up to %1. This network has ReLU or max-pooling kinks, where the loss has no derivative: when x − h and x + h fall on both sides of one, the numerical gradient is off, not backprop. Try a smaller h (e.g. 1e-6) and compare again.</source>
            <translation>いくつかの要素で最大 %1 の差があります。このネットワークには ReLU や Maxプーリングの折れ目があり、そこでは損失を微分できません。x − h と x + h が折れ目の両側にあると、ずれるのは数値微分のほうで、誤差逆伝播法ではありません。h を小さくして (例: 1e-6) もう一度比べてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="197" />
            <source>They differ by up to %1: more than rounding explains. Check the backward pass of the layers.</source>
            <translation>最大 %1 の差があり、丸め誤差では説明できません。各レイヤの逆伝播を確認してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="208" />
            <source>largest backprop gradient entry checked: %1</source>
            <translation>確認した要素での、誤差逆伝播法の勾配の最大絶対値: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="212" />
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation>誤差逆伝播法: 全 %2 要素の勾配で %1 ms。数値微分: %4 要素で %3 秒 (全 %2 要素なら約 %5 秒、%6 倍遅い)。%7</translation>
        </message>
    </context>
    <context>
        <name>GridView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="184" />
            <source>Training accuracy per epoch at each weight scale w: solid with BatchNorm, dashed without</source>
            <translation>各重みのスケール w でのエポックごとの訓練データの認識精度：実線はBatch Normalizationあり、破線はなし</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../app/help.py" line="15" />
            <source>Chapter 3 (3.2–3.5)</source>
            <extracomment>panel key -&gt; (the book's sections, what the panel shows), untranslated; context "Help". (QT_TRANSLATE_NOOP returns its text; PySide's stubs type it ``object``.)</extracomment>
            <translation>3章 (3.2–3.5節)</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="16" />
            <source>A neural network computes its output layer by layer: each neuron takes a weighted sum of its inputs plus a bias and passes it through an activation function (step function, sigmoid function, ReLU). The output layer uses the identity function for regression and the softmax function for classification.</source>
            <translation>ニューラルネットワークは層ごとに出力を計算します。各ニューロンは入力の重み付き和にバイアスを加え、活性化関数 (ステップ関数、シグモイド関数、ReLU) に通します。出力層では、回帰問題には恒等関数を、分類問題にはソフトマックス関数を使います。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="22" />
            <source>Section 4.2</source>
            <translation>4.2節</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="23" />
            <source>A loss function says how far the network's output y is from the label t: the sum of squared errors and the cross-entropy error. Drag the outputs and watch both losses; a mini-batch averages the loss over several examples.</source>
            <translation>損失関数は、ニューラルネットワークの出力 y が教師データ t からどれだけ離れているかを表します。2乗和誤差と交差エントロピー誤差です。出力をドラッグして両方の損失を比べましょう。ミニバッチでは複数のデータの損失を平均します。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="27" />
            <source>Sections 4.3–4.4 and 6.1</source>
            <translation>4.3–4.4節、6.1節</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="28" />
            <source>The gradient, computed here by numerical differentiation or by formula, points where the function rises fastest; gradient descent steps against it, scaled by the learning rate. Section 6.1 compares the optimizers SGD, Momentum, AdaGrad and Adam on the same surface.</source>
            <translation>勾配 (ここでは数値微分または数式で計算) は関数の値が最も増える方向を指します。勾配降下法はその逆向きに、学習率を掛けた分だけ進みます。6.1節では、SGD、Momentum、AdaGrad、Adam の各手法を同じ関数の上で比べます。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="33" />
            <source>Chapter 5</source>
            <translation>5章</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="34" />
            <source>Backpropagation computes every gradient in one backward pass over the computational graph, applying the chain rule node by node. It gives the same gradients as numerical differentiation, much faster; the gradient check compares the two (5.7.3).</source>
            <translation>誤差逆伝播法は、計算グラフを逆向きに1回たどるだけで、すべての勾配を求めます。ノードごとに連鎖律を適用します。数値微分と同じ勾配がはるかに速く得られ、勾配確認でその2つを比べます (5.7.3節)。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="39" />
            <source>Section 4.5 and chapter 6</source>
            <translation>4.5節、6章</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="40" />
            <source>Training repeats three steps: take a mini-batch, compute the gradient, update the weights. Chapter 6 adds the optimizers, the initial weights, Batch Normalization, and weight decay and dropout against overfitting; watch the loss and the accuracy on the training and test data epoch by epoch.</source>
            <translation>学習は3つの手順の繰り返しです。ミニバッチを選び、勾配を求め、重みを更新します。6章では、パラメータの更新手法、重みの初期値、Batch Normalization、過学習を抑える Weight decay と Dropout を加えます。損失と、訓練データとテストデータの認識精度をエポックごとに見ましょう。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="45" />
            <source>Chapter 7</source>
            <translation>7章</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="46" />
            <source>A convolution layer slides a filter over the image and keeps its shape; padding and stride set the size of the output (7.2). Pooling shrinks the height and width (7.3), and a CNN stacks these layers before the fully connected ones (7.4–7.5).</source>
            <translation>畳み込み層は画像の上でフィルターをスライドさせ、データの形状を保ちます。パディングとストライドが出力のサイズを決めます (7.2節)。プーリングは縦・横方向の大きさを小さくし (7.3節)、CNN はこれらの層を全結合層の前に重ねます (7.4–7.5節)。</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="54" />
            <source>Space</source>
            <extracomment>(key name, what it does) of the lecturer keys; context "Help".</extracomment>
            <translation>スペース</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="54" />
            <source>Play / pause the animation</source>
            <translation>アニメーションの再生/一時停止</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="55" />
            <source>Right arrow</source>
            <translation>→キー</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="55" />
            <source>One step forward</source>
            <translation>1ステップ進む</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="56" />
            <source>Left arrow</source>
            <translation>←キー</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="56" />
            <source>One step back</source>
            <translation>1ステップ戻る</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="57" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="57" />
            <source>Back to the start (reset)</source>
            <translation>最初に戻る (リセット)</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="72" />
            <source>The panels</source>
            <translation>パネル</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="77" />
            <source>Lecturer keys</source>
            <translation>講義用キー</translation>
        </message>
        <message>
            <location filename="../../app/help.py" line="78" />
            <source>In an animated panel, when no text field has the focus:</source>
            <translation>アニメーションのあるパネルで、入力欄にフォーカスがないとき:</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../app/help.py" line="91" />
            <source>Panels explained</source>
            <translation>パネルの解説</translation>
        </message>
    </context>
    <context>
        <name>HistView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="321" />
            <source>{0}: layer {1}</source>
            <translation>{0}：{1}層目</translation>
        </message>
    </context>
    <context>
        <name>Im2colView</name>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Images N</source>
            <extracomment>Largest input side offered (the picture stays readable).</extracomment>
            <translation>画像数 N</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Channels C</source>
            <translation>チャンネル数 C</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="43" />
            <source>Height H</source>
            <translation>高さ H</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Width W</source>
            <translation>幅 W</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Filter height FH</source>
            <translation>フィルターの高さ FH</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="44" />
            <source>Filter width FW</source>
            <translation>フィルターの幅 FW</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Stride</source>
            <translation>ストライド</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Padding</source>
            <translation>パディング</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="45" />
            <source>Filters FN</source>
            <translation>フィルター数 FN</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="54" />
            <source>Which window (= which row of the column matrix) to highlight; or click a row of the column matrix</source>
            <translation>強調するウィンドウ（＝列の行列の行）。列の行列の行をクリックしても選べます</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="56" />
            <source>Window / row</source>
            <translation>ウィンドウ／行</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="58" />
            <source>Book example: 1×3×7×7, 5×5</source>
            <translation>本の例：1×3×7×7、5×5</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="59" />
            <source>The shapes section 7.4.3 prints: a 9×75 column matrix</source>
            <translation>7.4.3節が出力する形状：9×75 の列の行列</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="60" />
            <source>Book example: batch of 10</source>
            <translation>本の例：バッチ数 10</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="61" />
            <source>10×3×7×7 with a 5×5 filter: a 90×75 column matrix</source>
            <translation>10×3×7×7 と 5×5 のフィルター：90×75 の列の行列</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="137" />
            <source>The filter (%1 × %2) does not fit into the padded input (%3 × %4).</source>
            <translation>フィルター（%1 × %2）がパディング後の入力（%3 × %4）に収まりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="142" />
            <source>Make the padding smaller than the filter.</source>
            <translation>パディングをフィルターより小さくしてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="211" />
            <source>Input image (padding %1), channels side by side</source>
            <translation>入力画像（パディング %1）、チャンネルを横に並べて表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="212" />
            <source>Column matrix col: %1 × %2 (click a row)</source>
            <translation>列の行列 col：%1 × %2（行をクリック）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="214" />
            <source>Filters as columns: W.reshape(FN, -1).T, %1 × %2</source>
            <translation>列に展開したフィルター：W.reshape(FN, -1).T、%1 × %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="216" />
            <source>col2im: windows adding into each pixel (why +=)</source>
            <translation>col2im：各画素に足し込まれるウィンドウの数（+= の理由）</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="220" />
            <source>One product: col @ col_W + b = %1 × %2, each row one output position</source>
            <translation>1回の行列の積：col @ col_W + b = %1 × %2、各行が出力の1つの位置</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="224" />
            <source>Input %1 → out_h = (H + 2·pad − FH) / stride + 1 = %2, out_w = %3 → col (N·out_h·out_w, C·FH·FW) = &lt;b&gt;%4&lt;/b&gt;. Filters (%5) → col_W %6. One product col @ col_W + b = %7 replaces the loops over images, filters and positions; reshape → output %8. The book: 1×3×7×7 with 5×5 gives 9×75, a batch of 10 gives 90×75.</source>
            <translation>入力 %1 → out_h = (H + 2·pad − FH) / stride + 1 = %2、out_w = %3 → col (N·out_h·out_w, C·FH·FW) = &lt;b&gt;%4&lt;/b&gt;。フィルター (%5) → col_W %6。1回の行列の積 col @ col_W + b = %7 が画像・フィルター・位置のループの代わりになり、reshape → 出力 %8。本では 1×3×7×7 と 5×5 で 9×75、バッチ数 10 で 90×75。</translation>
        </message>
        <message>
            <location filename="../../app/panels/convolution/im2col_view.py" line="288" />
            <source>Image %1, window (%2, %3) → row %4</source>
            <translation>画像 %1、ウィンドウ (%2, %3) → 行 %4</translation>
        </message>
    </context>
    <context>
        <name>LossPanel</name>
        <message>
            <source>Loss against y&lt;sub&gt;t&lt;/sub&gt;</source>
            <translation type="vanished">y&lt;sub&gt;t&lt;/sub&gt; に対する損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="43" />
            <source>Drag a bar up or down to change y; the others rescale so y sums to 1</source>
            <translation>棒を上下にドラッグして y を変更。y の合計が1になるよう他の値が調整されます</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="57" />
            <source>Make %1 the correct class t</source>
            <translation>%1 を正解クラス t にする</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/bars_view.py" line="67" />
            <location filename="../../app/panels/loss/contrib_view.py" line="45" />
            <location filename="../../app/panels/loss/gradient_view.py" line="49" />
            <source>class k</source>
            <translation>クラス k</translation>
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
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; 出力 y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; 正解 t</translation>
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
            <translation>各行は1つの出力 y とそのラベル t です。バッチの交差エントロピー誤差は、各行の交差エントロピー誤差の平均です (4.2.4節)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="76" />
            <source>Add row</source>
            <translation>行を追加</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="77" />
            <source>Add a row (a copy of the current output y and label)</source>
            <translation>行を追加 (現在の出力 y とラベルのコピー)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="79" />
            <source>Remove row</source>
            <translation>行を削除</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="80" />
            <source>Remove the selected row (or the last one)</source>
            <translation>選択した行 (または最後の行) を削除</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="82" />
            <source>Book's y and y2</source>
            <translation>本書の y と y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="83" />
            <source>Fill the table with the book's two examples (label 2)</source>
            <translation>本書の2つの例 (ラベル 2) で表を埋める</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <location filename="../../app/panels/loss/curve_view.py" line="39" />
            <location filename="../../app/panels/loss/curve_view.py" line="55" />
            <source>cross-entropy</source>
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <location filename="../../app/panels/loss/batch_view.py" line="271" />
            <source>label t</source>
            <translation>ラベル t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="93" />
            <source>squared error</source>
            <translation>2乗和誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="95" />
            <source>Edit y values (0 or more) and the label t (0–9); the last two columns are computed by core</source>
            <translation>y の値 (0以上) とラベル t (0〜9) を編集。最後の2列は core が計算します</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="97" />
            <source>Shown to two decimals, like the bars; hover a cell or edit it for the full value</source>
            <translation>棒グラフと同じく小数第2位まで表示。全桁はセルにマウスを合わせるか、編集すると見られます</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="98" />
            <source>Computed by core; shown with six significant digits (… means more digits: hover the cell or export the CSV for the full value)</source>
            <translation>core が計算し、有効数字6桁で表示 (… はさらに桁があることを示します。全桁はセルにマウスを合わせるか、CSVにエクスポートすると見られます)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="116" />
            <source>Cross-entropy of each row; the line is the batch mean</source>
            <translation>各行の交差エントロピー誤差。線はバッチ平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="119" />
            <source>Cross-entropy per row</source>
            <translation>行ごとの交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="120" />
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="124" />
            <source>batch mean</source>
            <translation>バッチ平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="145" />
            <source>Batch cross-entropy, t as label indices:</source>
            <translation>バッチの交差エントロピー誤差 (t はラベル):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="146" />
            <source>core.cross_entropy_error(Y, labels): mean over the rows</source>
            <translation>core.cross_entropy_error(Y, labels): 行の平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="147" />
            <source>Batch cross-entropy, t as one-hot rows:</source>
            <translation>バッチの交差エントロピー誤差 (t はone-hot表現):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="148" />
            <source>core.cross_entropy_error(Y, one_hot(labels))</source>
            <translation>core.cross_entropy_error(Y, one_hot(labels))</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="149" />
            <source>Squared error over the batch (half sum):</source>
            <translation>バッチの2乗和誤差 (和の半分):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="150" />
            <source>core.sum_squared_error(Y, T): NOT divided by the batch size</source>
            <translation>core.sum_squared_error(Y, T): バッチサイズで割っていない</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="151" />
            <source>… divided by N (a true mean):</source>
            <translation>… N で割った値 (本当の平均):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="152" />
            <source>The half sum divided by the number of rows, for comparison</source>
            <translation>比較のため、和の半分を行数で割ったもの</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="211" />
            <source>A batch needs at least one row.</source>
            <translation>バッチには少なくとも1行が必要です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="244" />
            <source>The label must be a whole number 0–9.</source>
            <translation>ラベルは0〜9の整数でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="272" />
            <source>Row %1, %2: %3</source>
            <translation>%1行目、%2: %3</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="284" />
            <source>Not updated — fix the highlighted cells:</source>
            <translation>更新されていません — 強調表示されたセルを直してください:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="312" />
            <source>✓ The one-hot form and the label-index form agree exactly (the label form just reads y[row, t] instead of multiplying by zeros).</source>
            <translation>✓ one-hot表現とラベル表現の結果は完全に一致します (ラベル表現は0を掛ける代わりに y[row, t] を読むだけです)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="317" />
            <source>The two forms differ by %1 (floating-point summation order).</source>
            <translation>2つの表現の結果は %1 だけ異なります (浮動小数点数の加算順序による)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/batch_view.py" line="320" />
            <source>Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row (%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.</source>
            <translation>注意: 本書の mean_squared_error は2乗の「和」の半分です。この %1 行では全行の和 (%2) で、バッチサイズで割りません。平均をとるバッチの交差エントロピー誤差とは違います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="39" />
            <source>Each class's share of the loss: squared error uses all ten classes, cross-entropy only the correct one</source>
            <translation>損失に対する各クラスの寄与: 2乗和誤差は10クラスすべて、交差エントロピー誤差は正解クラスだけを使う</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="42" />
            <source>Per class: &lt;span style='color:%1'&gt;■ squared&lt;/span&gt;  &lt;span style='color:%2'&gt;■ cross-entropy&lt;/span&gt;</source>
            <translation>クラスごと: &lt;span style='color:%1'&gt;■ 2乗和誤差&lt;/span&gt;  &lt;span style='color:%2'&gt;■ 交差エントロピー誤差&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="51" />
            <source>squared error ½(y_k − t_k)²</source>
            <translation>2乗和誤差 ½(y_k − t_k)²</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/contrib_view.py" line="54" />
            <source>cross-entropy −t_k log(y_k + δ)</source>
            <translation>交差エントロピー誤差 −t_k log(y_k + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="151" />
            <source>a / T overflows: %1 / %2 is beyond the largest float (about 1.8e308), so softmax would give nan. Use smaller logits or a larger T; y keeps its last values.</source>
            <translation>a / T がオーバーフローします: %1 / %2 は浮動小数点数の最大値（約 1.8e308）を超えるため、ソフトマックス関数は nan になります。もっと小さなロジットか大きな T を使ってください。y は直前の値のままです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="167" />
            <source>y is all zeros: it cannot be scaled to sum to 1.</source>
            <translation>y がすべて0です: 合計が1になるように割ることはできません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="170" />
            <source>The sum of y overflows (inf): y cannot be scaled to sum to 1.</source>
            <translation>y の合計がオーバーフロー（inf）するため、合計が1になるようにスケールできません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="202" />
            <source>y is not a probability vector: its values sum to %1, not 1.</source>
            <translation>y は確率ベクトルではありません: 値の合計が1ではなく %1 です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="208" />
            <source>y2 sums to %1, not 1.</source>
            <translation>y2 の合計は1ではなく %1 です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="210" />
            <source>The losses are still computed, exactly as the book's code would.</source>
            <translation>損失は本書のコードと同じように、そのまま計算されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="213" />
            <source>A value above %1 squares to more than the largest float: the squared error overflows to inf (the cross-entropy still only reads y_t).</source>
            <translation>%1 を超える値の2乗は浮動小数点数の最大値を超えます: 2乗和誤差は inf にオーバーフローします（交差エントロピー誤差は y_t しか見ません）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="217" />
            <source>y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, large but finite.</source>
            <translation>y_t = 0: δ がなければ log(0) = −inf となり、損失は inf です。δ = 1e-7 があれば −log(1e-7) = %1 となり、大きいものの有限です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="222" />
            <source>The cross-entropy is negative (%1): with y_t = 1, δ makes it −log(1 + 1e-7), just below 0. Without δ it would be exactly 0, the smallest loss a probability can give.</source>
            <translation>交差エントロピー誤差が負です（%1）: y_t = 1 のとき δ のせいで −log(1 + 1e-7) となり、0 をわずかに下回ります。δ がなければちょうど 0 で、確率が与えうる最小の損失です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="225" />
            <source>The cross-entropy is negative (%1) because y_t = %2 is above 1, so log(y_t + δ) &gt; 0. A probability is at most 1: this y is not a probability vector.</source>
            <translation>y_t = %2 が1を超えているため log(y_t + δ) &gt; 0 となり、交差エントロピー誤差が負です（%1）。確率は1以下です: この y は確率ベクトルではありません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="233" />
            <source>With temperature T the gradient is taken with respect to the scaled logits a / T.</source>
            <translation>温度 T があるとき、勾配はスケールしたロジット a / T に関するものです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="234" />
            <source>Logits taken as a = log y (softmax(log y) = y).</source>
            <translation>ロジットを a = log y とします (softmax(log y) = y)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="235" />
            <source>y does not sum to 1, so no logits give exactly this y: with a = log y, softmax(a) is y / sum(y), and y − t uses that normalised y.</source>
            <translation>y の合計が1ではないため、ちょうどこの y になるロジットはありません。a = log y とすると softmax(a) は y / sum(y) になり、y − t ではこの正規化した y を使います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="237" />
            <source>y is all zeros: there are no logits whose softmax is y.</source>
            <translation>y がすべて0です: ソフトマックス関数の出力が y になるロジットはありません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controller.py" line="246" />
            <source>%1 (%2 in floating point)</source>
            <translation>%1 (浮動小数点数では %2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="46" />
            <location filename="../../app/panels/loss/panel.py" line="71" />
            <source>Output y</source>
            <extracomment>Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px). Presentation-mode scale of the secondary numbers (y2, without δ), which share one line. Colour of the second output y2 (purple: orange already means cross-entropy in this panel). Neutral colour of the bars that are not the correct class. Top of the per-class chart as a multiple of its tallest bar (room for the value label above it). Significant digits of the computed cells of the batch table (the cell keeps the full value). Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode). Emitted after every recomputation (tests and other views can listen).</extracomment>
            <translation>出力 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="49" />
            <source>Probabilities: drag the bars or type y</source>
            <translation>確率: 棒をドラッグするか y を入力</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="50" />
            <source>Edit the ten probabilities directly</source>
            <translation>10個の確率を直接編集する</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="51" />
            <source>Logits a → y = softmax(a / T)</source>
            <translation>ロジット a → y = softmax(a / T)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="52" />
            <source>Type scores (logits); softmax turns them into probabilities</source>
            <translation>スコア (ロジット) を入力。ソフトマックス関数で確率に変換されます</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="62" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1; the panel tells you if they do not.</source>
            <translation>y の10個の値をカンマ区切りで入力 (Enterで適用)。合計が1でなくてもかまいません。1でない場合はパネルが知らせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="72" />
            <source>Ten logits (any real numbers), separated by commas</source>
            <translation>10個のロジット (任意の実数) をカンマ区切りで入力</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="76" />
            <source>Temperature T</source>
            <translation>温度 T</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="82" />
            <source>softmax(a / T): T &lt; 1 sharpens, T &gt; 1 flattens; T = 1 is the book's</source>
            <translation>softmax(a / T): T &lt; 1 で鋭く、T &gt; 1 で平らになる。T = 1 が本書と同じ</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="90" />
            <source>The sum of y: a probability vector sums to 1</source>
            <translation>y の合計: 確率ベクトルなら合計は1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="92" />
            <source>Make y sum to 1</source>
            <translation>y の合計を1にする</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="93" />
            <source>Divide every y by the sum of y</source>
            <translation>各 y を y の合計で割る</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="100" />
            <source>Correct label t</source>
            <translation>正解ラベル t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="103" />
            <source>The correct class as a label index (what the book's batch code uses)</source>
            <translation>正解クラスをラベルで表したもの (本書のバッチ対応版のコードが使う形)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="106" />
            <source>The same label as a one-hot vector (what equation 4.1 uses)</source>
            <translation>同じラベルをone-hot表現にしたもの (式(4.1)が使う形)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="110" />
            <source>Click a class button under the bars to change it.</source>
            <translation>棒の下のクラスボタンをクリックして変更します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="116" />
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="118" />
            <source>Show a second output y2</source>
            <translation>2つ目の出力 y2 を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="119" />
            <source>Compare the losses of y and y2 for the same label</source>
            <translation>同じラベルで y と y2 の損失を比べる</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="124" />
            <source>The ten values of y2, separated by commas (Enter applies)</source>
            <translation>y2 の10個の値をカンマ区切りで入力 (Enterで適用)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="150" />
            <source>y = softmax(a / T), computed from the logits</source>
            <translation>y = softmax(a / T)。ロジットから計算</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="151" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1.</source>
            <translation>y の10個の値をカンマ区切りで入力 (Enterで適用)。合計が1でなくてもかまいません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="168" />
            <source>label index: t = %1</source>
            <translation>ラベル: t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="170" />
            <source>one-hot: t = [%1]</source>
            <translation>one-hot表現: t = [%1]</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/controls_view.py" line="173" />
            <source>sum of y = %1</source>
            <translation>y の合計 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="34" />
            <source>Each loss as y_t (the probability of the correct class) varies, the other classes held fixed; the dots are the current y</source>
            <translation>他のクラスを固定して y_t (正解クラスの確率) を変えたときの各損失。点は現在の y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="37" />
            <source>y&lt;sub&gt;t&lt;/sub&gt;, probability of the correct class</source>
            <translation>y&lt;sub&gt;t&lt;/sub&gt;: 正解クラスの確率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="38" />
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="40" />
            <location filename="../../app/panels/loss/curve_view.py" line="56" />
            <location filename="../../app/panels/loss/header.py" line="113" />
            <source>squared error (y)</source>
            <translation>2乗和誤差 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/curve_view.py" line="41" />
            <location filename="../../app/panels/loss/curve_view.py" line="59" />
            <location filename="../../app/panels/loss/header.py" line="114" />
            <source>squared error (y2)</source>
            <translation>2乗和誤差 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="31" />
            <source>The gradient tells each output which way to move to lower the loss: the first step of backprop. Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when y&lt;sub&gt;t&lt;/sub&gt; is small (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)); softmax followed by cross-entropy gives the simple y − t with respect to the logits (section 5.6.3).</source>
            <translation>勾配は、損失を小さくするために各出力をどちらへ動かせばよいかを示します。これが誤差逆伝播法の最初のステップです。2乗和誤差はすべてのクラスを動かし (y − t)、交差エントロピー誤差は正解クラスだけを、y&lt;sub&gt;t&lt;/sub&gt; が小さいほど強く動かします (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ))。ソフトマックス関数の後に交差エントロピー誤差を続けると、ロジットに関する勾配は単純な y − t になります (5.6.3節)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="40" />
            <source>Bars: the gradient for each class k (computed by core.functions)</source>
            <translation>棒: 各クラス k の勾配 (core.functions で計算)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="41" />
            <source>squared error&lt;br&gt;∂E/∂y = y − t</source>
            <translation>2乗和誤差&lt;br&gt;∂E/∂y = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="42" />
            <source>cross-entropy&lt;br&gt;∂E/∂y = −t / (y + δ)</source>
            <translation>交差エントロピー誤差&lt;br&gt;∂E/∂y = −t / (y + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="43" />
            <source>softmax + cross-entropy&lt;br&gt;∂E/∂a = y − t</source>
            <translation>ソフトマックス関数 + 交差エントロピー誤差&lt;br&gt;∂E/∂a = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="66" />
            <source>The gradients with full precision</source>
            <translation>勾配の全桁</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="74" />
            <source>The simpleNet of section 4.4.2, computed by core.nets.SimpleNet</source>
            <translation>4.4.2節の simpleNet（core.nets.SimpleNet で計算）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="137" />
            <source>loss (cross-entropy, t = %1) =</source>
            <translation>損失（交差エントロピー誤差、t = %1）=</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="140" />
            <source>dW (numerical_gradient, h = 1e-4) =</source>
            <translation>dW（numerical_gradient、h = 1e-4）=</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="142" />
            <source>dW (analytic, xᵀ(y − t)) =</source>
            <translation>dW（解析的、xᵀ(y − t)）=</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/gradient_view.py" line="145" />
            <source>simpleNet (section 4.4.2): one 2×3 weight matrix, softmax and cross-entropy</source>
            <translation>simpleNet（4.4.2節）: 2×3 の重み1つ、ソフトマックス関数と交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="33" />
            <location filename="../../app/panels/loss/panel.py" line="160" />
            <source>Loss functions</source>
            <translation>損失関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="36" />
            <source>Example:</source>
            <translation>例:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="38" />
            <source>Load an example from the book (section 4.2) or a learner's note</source>
            <translation>本書 (4.2節) や学習者のノートの例を読み込む</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="40" />
            <source>(your own values)</source>
            <translation>(自分で入力した値)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="52" />
            <source>Where this example comes from and what to notice</source>
            <translation>この例の出典と注目すべき点</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="112" />
            <source>Your own values. Choose an example to load the book's or a learner's numbers.</source>
            <translation>自分で入力した値です。例を選ぶと、本書や学習者のノートの数値を読み込めます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="113" />
            <source>cross-entropy (y)</source>
            <translation>交差エントロピー誤差 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="114" />
            <source>cross-entropy (y2)</source>
            <translation>交差エントロピー誤差 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="122" />
            <source>same</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="125" />
            <source>same float, printed with more digits</source>
            <translation>同じ浮動小数点数 (表示の桁数が多いだけ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="128" />
            <source>core gives %1 from the rounded inputs the source printed</source>
            <translation>出典が印字した丸めた入力から core は %1 を返します</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="131" />
            <source>differs: core gives</source>
            <translation>不一致: core の値は</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/header.py" line="138" />
            <source>Printed in the source:</source>
            <translation>出典での表示:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="105" />
            <source>Sum of squared errors</source>
            <translation>2乗和誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="106" />
            <source>Equation 4.1: uses all ten classes (the book calls it mean_squared_error)</source>
            <translation>式(4.1): 10クラスすべてを使う (本書での名前は mean_squared_error)</translation>
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
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="113" />
            <source>Equation 4.2: only the correct class counts; δ guards against log(0)</source>
            <translation>式(4.2): 正解クラスだけが効く。δ は log(0) を防ぐ</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="120" />
            <source>core.cross_entropy_error(y, t, delta=0): inf when y_t = 0</source>
            <translation>core.cross_entropy_error(y, t, delta=0): y_t = 0 のとき inf</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/numbers_view.py" line="121" />
            <source>without δ:</source>
            <translation>δ なし:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="73" />
            <source>Gradients → backprop</source>
            <translation>勾配 → 誤差逆伝播法</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="75" />
            <source>Batch</source>
            <translation>バッチ</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="76" />
            <source>Edit one output y and the correct label t; see both losses</source>
            <translation>出力 y と正解ラベル t を編集し、2つの損失を見る</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="77" />
            <source>The gradient of each loss with respect to y, and y − t for softmax</source>
            <translation>各損失の y に関する勾配と、ソフトマックス関数の場合の y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="78" />
            <source>Several rows of y and labels: the batch cross-entropy</source>
            <translation>複数行の y とラベル: バッチの交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="187" />
            <source>Output y (bars)</source>
            <translation>出力 y (棒グラフ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="188" />
            <source>Loss against y_t</source>
            <translation>y_t に対する損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="189" />
            <source>Contribution of each class</source>
            <translation>各クラスの寄与</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="190" />
            <source>Loss values</source>
            <translation>損失の値</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="191" />
            <source>Gradients</source>
            <translation>勾配</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="193" />
            <source>Batch cross-entropy per row</source>
            <translation>行ごとのバッチ交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="194" />
            <source>Batch table</source>
            <translation>バッチの表</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss/panel.py" line="195" />
            <source>Batch results</source>
            <translation>バッチの結果</translation>
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
            <translation type="vanished">/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94、バッチの交差エントロピー誤差)</translation>
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
            <translation>本書 4.2.1–4.2.2: y (「2」の確率が最も高い)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="7" />
            <source>Deep Learning from Scratch, sections 4.2.1 and 4.2.2 (equations 4.1, 4.2)</source>
            <translation>『ゼロから作るDeep Learning』4.2.1節と4.2.2節 (式(4.1)、式(4.2))</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="12" />
            <source>The book's two outputs for the label 2: y puts 0.6 on the correct class, y2 puts 0.6 on class 7. Both losses are smaller for y, so y is the better output.</source>
            <translation>本書の、ラベル 2 に対する2つの出力: y は正解クラスに 0.6、y2 はクラス 7 に 0.6 を割り当てています。どちらの損失も y のほうが小さいので、y のほうがよい出力です。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="16" />
            <source>Book 4.2.1–4.2.2: y2 (“7” is most likely)</source>
            <translation>本書 4.2.1–4.2.2: y2 (「7」の確率が最も高い)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="17" />
            <source>Deep Learning from Scratch, sections 4.2.1 and 4.2.2 (the second example)</source>
            <translation>『ゼロから作るDeep Learning』4.2.1節と4.2.2節 (2つ目の例)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="22" />
            <source>The wrong guess: the network is 60% sure of 7 while the answer is 2. Cross-entropy only looks at the correct class: -log(0.1 + 1e-7).</source>
            <translation>誤った推定: 正解は 2 なのに、ネットワークは 60% の確率で 7 だとしています。交差エントロピー誤差は正解クラスだけを見ます: -log(0.1 + 1e-7)。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="26" />
            <source>Note 000 (Japanese): hand calculation of the squared error</source>
            <translation>ノート 000（日本語）: 2乗和誤差の手計算</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="27" />
            <source>Learner's note 000, in Japanese: “『ゼロから作るDeep Learning』4章 メモ” (Qiita, hidenori-t)</source>
            <translation>学習者のノート 000（日本語）:「『ゼロから作るDeep Learning』4章 メモ」（Qiita、hidenori-t）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="32" />
            <source>The note (“「2」を正解とする教師データ”) printed 0.097500000000000031: older NumPy printed 17 significant digits. It is the same float as today's repr 0.09750000000000003; the hand calculation ½·0.195 = 0.0975 differs only by binary rounding.</source>
            <translation>このノート (“「2」を正解とする教師データ”) は 0.097500000000000031 と表示しています: 古いNumPyは有効数字17桁で表示していたためです。現在の repr の 0.09750000000000003 と同じ浮動小数点数で、手計算の ½·0.195 = 0.0975 との違いは2進数の丸めによるものだけです。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="36" />
            <source>Note 001 (Japanese): cross-entropy divided by 10 by mistake</source>
            <translation>ノート 001（日本語）: 誤って10で割った交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="37" />
            <source>Learner's note 001, in Japanese: “『ゼロから作るDeepLearning』メモ” (p. 94, batch cross-entropy)</source>
            <translation>学習者のノート 001（日本語）:「『ゼロから作るDeepLearning』メモ」（p. 94、バッチ対応の交差エントロピー誤差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="43" />
            <source>The author reshaped y to one row and then wrote “-np.sum(rnt * np.log(rny + 1e-7)) / 10”, dividing by the 10 classes instead of the batch size 1, and printed 0.0510825457099338. The correct value is 0.510825457099338 (batch size 1). Also, this y sums to 1.1 (0.1 on class 6), so it is not a probability vector; cross-entropy is still computed.</source>
            <translation>筆者は y を1行に reshape したうえで “-np.sum(rnt * np.log(rny + 1e-7)) / 10” と書き、バッチサイズ 1 ではなく10クラスで割ったため、0.0510825457099338 と表示しました。正しい値は 0.510825457099338 です (バッチサイズ 1)。また、この y は合計が 1.1 (クラス 6 に 0.1) なので確率ベクトルではありませんが、交差エントロピー誤差はそのまま計算されます。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="47" />
            <source>Note 002 (Korean): y2 = 0.6 on class 6 and 0.3 on class 7</source>
            <translation>ノート 002（韓国語）: y2 はクラス 6 に 0.6、クラス 7 に 0.3</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="48" />
            <source>Learner's note 002, in Korean: the sum of squared errors and cross-entropy in NumPy (SSE)</source>
            <translation>学習者のノート 002（韓国語）: NumPy で書く2乗和誤差と交差エントロピー誤差（SSE）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="53" />
            <source>The note calls both “softmax함수의 출력” (softmax outputs), but its y2 sums to 1.3, so it cannot come from softmax. Squared error sees the extra mass (0.6425 vs the book's 0.5975); cross-entropy gives the same 2.302584092994546 because it only reads y2[2] = 0.1.</source>
            <translation>このノートはどちらも “softmax함수의 출력” (ソフトマックス関数の出力) と呼んでいますが、y2 の合計は 1.3 なのでソフトマックス関数から得られたものではありません。2乗和誤差は余分な確率に反応します (本書の 0.5975 に対して 0.6425)。交差エントロピー誤差は y2[2] = 0.1 しか読まないので、同じ 2.302584092994546 になります。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="57" />
            <source>Note 003 (Chinese): the book's y</source>
            <translation>ノート 003（中国語）: 本書の y</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="58" />
            <source>Learner's note 003, in Chinese: “均方误差的实现” (cnblogs, suqinghang)</source>
            <translation>学習者のノート 003（中国語）:「均方误差的实现」（cnblogs、suqinghang）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="63" />
            <source>The note calls the function 均方误差 (“mean squared error”) like the book, but it is a half sum of squares, not a mean.</source>
            <translation>このノートは本書の中国語版と同じくこの関数を 均方误差 (「平均2乗誤差」) と呼んでいますが、実際は2乗和の半分であり、平均ではありません。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="68" />
            <source>Note 003 (Chinese): simpleNet, a 2×3 W and its gradient dW</source>
            <translation>ノート 003（中国語）: simpleNet、2×3 の W とその勾配 dW</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="69" />
            <source>Learner's note 003, in Chinese: “损失函数关于权重参数的梯度” (cnblogs, suqinghang; book section 4.4.2)</source>
            <translation>学習者のノート 003（中国語）:「损失函数关于权重参数的梯度」（cnblogs、suqinghang、本書4.4.2節）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="75" />
            <source>The book's simpleNet: scores p = x·W for x = (0.6, 0.9), y = softmax(p) (classes 0–2; 3–9 are 0), t = 2. The note printed W with only 8 decimals, so the loss from the printed W, 1.99269899927…, differs from its printed 1.992699002936635 in the 9th digit: the random W it used had more digits. dW (numerical_gradient) is on the Gradients tab; it matches the printed dW to its 8 decimals.</source>
            <translation>本書の simpleNet: x = (0.6, 0.9) に対するスコア p = x·W、y = softmax(p)（クラス 0〜2。3〜9 は 0）、t = 2。ノートは W を小数点以下8桁までしか印字していないため、印字された W から求めた損失 1.99269899927… は、印字された 1.992699002936635 と9桁目で異なります。ノートが使ったランダムな W はもっと多くの桁を持っていました。dW（numerical_gradient）は「勾配」タブにあり、印字された dW と小数点以下8桁まで一致します。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="79" />
            <source>Note 004 (Japanese): squared error, samples 1 and 2</source>
            <translation>ノート 004（日本語）: 2乗和誤差、サンプル1と2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="80" />
            <source>Learner's note 004, in Japanese: swim-lover's MNIST series, part 10 (二乗和誤差)</source>
            <translation>学習者のノート 004（日本語）: swim-lover さんの MNIST シリーズ第10回（二乗和誤差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="85" />
            <source>Sample 1 puts 0.6 on the correct “2”; sample 2 puts 0.5 on “9” (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). Neither sums to 1 (1.07 and 1.13).</source>
            <translation>サンプル1は正解の「2」に 0.6、サンプル2は「9」に 0.5 を割り当てています (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”)。どちらも合計は1ではありません (1.07 と 1.13)。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="89" />
            <source>Note 004 (Japanese): cross-entropy, 0.99 vs 0.2 on the correct class</source>
            <translation>ノート 004（日本語）: 交差エントロピー誤差、正解クラスに 0.99 と 0.2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="90" />
            <source>Learner's note 004, in Japanese: swim-lover's MNIST series, part 10 (交差エントロピー誤差)</source>
            <translation>学習者のノート 004（日本語）: swim-lover さんの MNIST シリーズ第10回（交差エントロピー誤差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="95" />
            <source>0.99 on the correct class gives a loss near 0, 0.2 gives 1.6094374124342252 ≈ -log 0.2. The first y sums to 1.46: it is not a probability vector, but cross-entropy only reads y[2].</source>
            <translation>正解クラスが 0.99 なら損失はほぼ 0、0.2 なら 1.6094374124342252 ≈ -log 0.2 です。1つ目の y は合計が 1.46 で確率ベクトルではありませんが、交差エントロピー誤差は y[2] しか読みません。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="99" />
            <source>Why δ = 1e-7: the correct class has probability 0</source>
            <translation>δ = 1e-7 の理由: 正解クラスの確率が 0</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="100" />
            <source>Deep Learning from Scratch, section 4.2.2: delta = 1e-7 guards log(0)</source>
            <translation>『ゼロから作るDeep Learning』4.2.2節: delta = 1e-7 で log(0) を防ぐ</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="105" />
            <source>The book's y with the label 3, whose probability is 0.0: log(0) = -inf, so without δ the loss is inf. With δ = 1e-7 it is -log(1e-7) = 16.11809565095832, large but finite, so training can go on.</source>
            <translation>本書の y でラベルを 3 にした場合、その確率は 0.0 です: log(0) = -inf なので、δ がなければ損失は inf です。δ = 1e-7 があれば -log(1e-7) = 16.11809565095832 となり、大きいものの有限なので、学習を続けられます。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Choose a panel (Ctrl+1, Ctrl+2, Ctrl+3)</source>
            <translation type="vanished">パネルを選択 (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
        </message>
        <message>
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, MNIST training</source>
            <translation type="vanished">Ctrl+1, Ctrl+2, Ctrl+3	損失関数、勾配降下法、MNISTの学習</translation>
        </message>
        <message>
            <source>F1	This list</source>
            <translation type="vanished">F1	この一覧</translation>
        </message>
        <message>
            <source>Choose a panel (Ctrl+1 to Ctrl+5, in the book's chapter order)</source>
            <translation type="vanished">パネルを選ぶ（Ctrl+1〜Ctrl+5、本の章の順）</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+5	Forward pass, Loss functions, Gradient descent, MNIST training, Convolution</source>
            <translation type="vanished">Ctrl+1 … Ctrl+5	順伝播、損失関数、勾配降下法、MNISTの学習、畳み込み</translation>
        </message>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNISTの学習</translation>
        </message>
        <message>
            <source>Train a small network on MNIST and watch loss and accuracy (chapters 4 to 6)</source>
            <translation type="vanished">小さなネットワークをMNISTで学習させ、損失と認識精度を見る (4〜6章)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="102" />
            <source>Ready</source>
            <translation>準備完了</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="183" />
            <source>This panel failed to switch presentation mode</source>
            <translation>このパネルはプレゼンテーションモードを切り替えられませんでした</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="253" />
            <source>A panel failed to switch presentation mode</source>
            <translation>プレゼンテーションモードを切り替えられなかったパネルがあります</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="258" />
            <source>Presentation mode on (F5 to leave)</source>
            <translation>プレゼンテーションモード オン (F5で終了)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="258" />
            <source>Presentation mode off</source>
            <translation>プレゼンテーションモード オフ</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="278" />
            <source>A panel failed to switch theme</source>
            <translation>テーマを切り替えられなかったパネルがあります</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="297" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="306" />
            <source>About dlfs-studio</source>
            <translation>dlfs-studioについて</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="307" />
            <source>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;A desktop lab for learning how neural networks learn, after &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Saito, 2016).&lt;/p&gt;&lt;p&gt;Loss functions, gradient descent and MNIST training, computed by a small NumPy engine you can read.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;ニューラルネットワークが学習するしくみを体験するデスクトップ実験室です。&lt;i&gt;ゼロから作るDeep Learning&lt;/i&gt; (斎藤康毅, 2016) に沿っています。&lt;/p&gt;&lt;p&gt;損失関数、勾配降下法、MNISTの学習を、読んで理解できる小さなNumPyエンジンで計算します。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="322" />
            <source>Switching the language rebuilds the panels and discards it.</source>
            <translation>言語を切り替えるとパネルが作り直され、破棄されます。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="324" />
            <source>The language was not changed.</source>
            <translation>言語は変更されませんでした。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="331" />
            <source>Language: %1</source>
            <translation>言語: %1</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="376" />
            <source>Closing dlfs-studio discards it.</source>
            <translation>dlfs-studioを終了すると破棄されます。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="396" />
            <source>Not closed: the training is kept.</source>
            <translation>終了しませんでした: 学習の状態はそのままです。</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="46" />
            <location filename="../../app/window_export.py" line="57" />
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="70" />
            <location filename="../../app/window_export.py" line="80" />
            <source>This panel has nothing to export yet.</source>
            <translation>このパネルにはまだエクスポートできるものがありません。</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="76" />
            <source>No export target named %1</source>
            <translation>%1 という名前のエクスポート対象はありません</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="85" />
            <source>Which one?</source>
            <translation>どれを保存しますか?</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="105" />
            <source>Export image</source>
            <translation>画像をエクスポート</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="109" />
            <source>PNG image (*.png)</source>
            <translation>PNG画像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="109" />
            <source>SVG vector image (*.svg)</source>
            <translation>SVGベクター画像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="120" />
            <source>Export data</source>
            <translation>データをエクスポート</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="125" />
            <source>CSV table (*.csv)</source>
            <translation>CSV表 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="139" />
            <location filename="../../app/window_export.py" line="152" />
            <source>Export failed</source>
            <translation>エクスポートに失敗しました</translation>
        </message>
        <message>
            <location filename="../../app/window_export.py" line="153" />
            <source>Could not save %1:
%2</source>
            <translation>%1 を保存できませんでした:
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
            <translation>パネルを選択（Ctrl+1〜Ctrl+%1）</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="98" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="99" />
            <source>Export &amp;image…</source>
            <translation>画像をエクスポート(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="100" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="101" />
            <source>Save a plot of the current panel as PNG or SVG</source>
            <translation>現在のパネルのグラフをPNGまたはSVGで保存</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="103" />
            <source>Export &amp;data…</source>
            <translation>データをエクスポート(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="104" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="105" />
            <source>Save the data behind a plot of the current panel as CSV</source>
            <translation>現在のパネルのグラフのデータをCSVで保存</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="107" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="108" />
            <source>Close dlfs-studio</source>
            <translation>dlfs-studioを終了</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="109" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="110" />
            <source>&amp;Presentation mode</source>
            <translation>プレゼンテーションモード(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="111" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="113" />
            <source>Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)</source>
            <translation>プロジェクター向けの大きな文字と太い線。補助的な操作部は隠れます (F5 または Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="114" />
            <source>&amp;Full screen</source>
            <translation>全画面表示(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="115" />
            <source>Use the whole screen (F11)</source>
            <translation>画面全体を使う (F11)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="116" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="117" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="118" />
            <source>&amp;Panels explained</source>
            <translation>パネルの解説(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="120" />
            <source>What each panel shows, with the book's section numbers, and the lecturer keys (F1)</source>
            <translation>各パネルが示す内容と本書の節番号、講義用キー (F1)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="121" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="122" />
            <source>List the keyboard shortcuts</source>
            <translation>キーボードショートカットの一覧</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="123" />
            <source>&amp;About dlfs-studio</source>
            <translation>dlfs-studioについて(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="124" />
            <source>About this application</source>
            <translation>このアプリケーションについて</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="135" />
            <source>F5 or Ctrl+P	Presentation mode on/off</source>
            <translation>F5 または Ctrl+P	プレゼンテーションモードのオン/オフ</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="136" />
            <source>F11	Full screen on/off</source>
            <translation>F11	全画面表示のオン/オフ</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="138" />
            <source>Ctrl+E	Export image (PNG, SVG)</source>
            <translation>Ctrl+E	画像をエクスポート (PNG, SVG)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="139" />
            <source>Ctrl+Shift+E	Export data (CSV)</source>
            <translation>Ctrl+Shift+E	データをエクスポート (CSV)</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="140" />
            <source>F1	Panels explained, lecturer keys</source>
            <translation>F1	パネルの解説、講義用キー</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="141" />
            <source>Shift+F1	This list</source>
            <translation>Shift+F1	この一覧</translation>
        </message>
        <message>
            <location filename="../../app/window_menus.py" line="142" />
            <source>Ctrl+Q	Quit</source>
            <translation>Ctrl+Q	終了</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="40" />
            <source>Forward pass</source>
            <extracomment>(key, untranslated title, module, class). Titles are translated at display time.</extracomment>
            <translation>順伝播</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="42" />
            <source>Loss functions</source>
            <translation>損失関数</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="43" />
            <source>Gradient descent</source>
            <translation>勾配降下法</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="45" />
            <source>Backpropagation</source>
            <translation>誤差逆伝播法</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="47" />
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="49" />
            <source>Chapter 6</source>
            <translation>第6章</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="50" />
            <source>Convolution</source>
            <translation>畳み込み</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="56" />
            <source>Activations, the three-layer network, softmax overflow, a trained forward pass (chapter 3)</source>
            <extracomment>Short descriptions shown as tooltips on the panel tabs.</extracomment>
            <translation>活性化関数、3層ニューラルネットワーク、ソフトマックス関数のオーバーフロー、学習済みネットワークの順伝播（3章）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="58" />
            <source>Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)</source>
            <translation>10クラスの出力で2乗和誤差と交差エントロピー誤差を調べる (本書4.2節)</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="60" />
            <source>Watch gradient descent and the optimizers of chapter 6 walk down a loss surface</source>
            <translation>勾配降下法と6章の最適化手法が損失の曲面を下っていく様子を見る</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="62" />
            <source>Step through backpropagation on computational graphs, a network and the gradient check (chapter 5)</source>
            <translation>計算グラフ、ネットワーク、勾配確認で誤差逆伝播法を1ステップずつたどります（5章）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="64" />
            <source>Train on MNIST or Fashion-MNIST; keep, compare, rewind and fork runs (chapters 4-7)</source>
            <translation>MNISTやFashion-MNISTで学習し、実行を残して比較・巻き戻し・分岐する (4〜7章)</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="66" />
            <source>Chapter 6's comparisons as races: same initial weights, same mini-batches (figures 6-9 to 6-24)</source>
            <translation>第6章の比較をレースで：同じ重みの初期値、同じミニバッチ（図6-9〜6-24）</translation>
        </message>
        <message>
            <location filename="../../app/window_panels.py" line="68" />
            <source>im2col made visible; filters and feature maps inside a trained SimpleConvNet (chapter 7)</source>
            <translation>im2col を目で見る。学習済み SimpleConvNet のフィルターと特徴マップ（7章）</translation>
        </message>
    </context>
    <context>
        <name>NetworkSource</name>
        <message>
            <location filename="../../app/panels/model_source.py" line="165" />
            <source>The training view's network cannot be shown here: %1</source>
            <translation>学習ビューのネットワークはここでは表示できません：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="168" />
            <source>from the training view: %1</source>
            <translation>学習ビューから：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="183" />
            <source>%1 cannot be shown here: %2</source>
            <translation>%1 はここでは表示できません：%2</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="185" />
            <source>loaded from %1</source>
            <translation>%1 から読み込み</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="197" />
            <source>Network: %1</source>
            <translation>ネットワーク：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="209" />
            <source>Load the dataset first.</source>
            <translation>先にデータセットを読み込んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="225" />
            <source>Training %1…</source>
            <translation>%1 を学習中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="250" />
            <source>Training stopped; the network was not kept.</source>
            <translation>学習を中止しました。ネットワークは保持されません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="254" />
            <source>, test accuracy %1</source>
            <translation>、テストデータの認識精度 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="255" />
            <source>%1 trained just now (%2 iterations%3)</source>
            <translation>%1 をいま学習（%2 回の繰り返し%3）</translation>
        </message>
    </context>
    <context>
        <name>NetworkSourceBar</name>
        <message>
            <location filename="../../app/panels/model_source.py" line="275" />
            <source>Use the training view's network</source>
            <translation>学習ビューのネットワークを使う</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="276" />
            <source>Show the network the MNIST training view holds now</source>
            <translation>MNISTの学習ビューにあるネットワークを表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="278" />
            <source>Load model…</source>
            <translation>モデルを読み込む…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="279" />
            <source>Open a model saved by the training view or by dlfs train --save (.npz)</source>
            <translation>学習ビューまたは dlfs train --save で保存したモデル（.npz）を開く</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="282" />
            <source>Train a network in the background now (progress below; Cancel stops)</source>
            <translation>いまバックグラウンドでネットワークを学習（進捗は下、キャンセルで中止）</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="284" />
            <source>Choose data folder…</source>
            <translation>データのフォルダーを選ぶ…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="285" />
            <source>The folder holding MNIST's four files (or mnist/ and fashion-mnist/)</source>
            <translation>MNISTの4つのファイル（または mnist/ と fashion-mnist/）があるフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="312" />
            <source>The training view holds no network yet: train one there, load a model, or train one now here.</source>
            <translation>学習ビューにはまだネットワークがありません：そこで学習するか、モデルを読み込むか、ここでいま学習してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="316" />
            <source>Load model</source>
            <translation>モデルを読み込む</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="317" />
            <source>dlfs-studio model (*.npz)</source>
            <translation>dlfs-studio モデル (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="330" />
            <source>Loading MNIST first…</source>
            <translation>先に MNIST を読み込み中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="345" />
            <source>MNIST was not found. Choose the folder holding its four files, set DLFS_DATA, run “dlfs data --fetch mnist”, or download it from the MNIST training view's dataset dialog.</source>
            <translation>MNIST が見つかりません。4つのファイルがあるフォルダーを選ぶか、DLFS_DATA を設定するか、「dlfs data --fetch mnist」を実行するか、MNISTの学習ビューのデータセットのダイアログからダウンロードしてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="352" />
            <source>Folder holding MNIST</source>
            <translation>MNIST があるフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/model_source.py" line="359" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="48" />
            <source>The book's three-layer network (section 3.4): a = x W + b, z = h(a), layer by layer. Edit any input, weight or bias below.</source>
            <extracomment>Diagram columns: x (2), layer 1 (3), layer 2 (2), output (2).</extracomment>
            <translation>本の3層ニューラルネットワーク（3.4節）：層ごとに a = x W + b、z = h(a)。下で入力・重み・バイアスを編集できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="52" />
            <source>h:</source>
            <translation>h：</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="54" />
            <source>sigmoid function</source>
            <translation>シグモイド関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="55" />
            <source>ReLU function</source>
            <translation>ReLU関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="56" />
            <source>step function</source>
            <translation>ステップ関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="57" />
            <source>The activation function h of the hidden layers</source>
            <translation>隠れ層の活性化関数 h</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="59" />
            <source>σ:</source>
            <translation>σ：</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="61" />
            <source>identity function</source>
            <translation>恒等関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="62" />
            <source>softmax function</source>
            <translation>ソフトマックス関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="63" />
            <source>The output function σ (the book uses the identity here)</source>
            <translation>出力層の関数 σ（本ではここで恒等関数を使う）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="65" />
            <source>Book values</source>
            <translation>本の値</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="66" />
            <source>Restore the book's x, weights and biases</source>
            <translation>本の x、重み、バイアスに戻す</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="71" />
            <source>Forward pass of the three-layer network</source>
            <translation>3層ニューラルネットワークの順伝播</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="72" />
            <source>Lines are the weights: thicker for a larger |w|, blue positive, red negative. Next to each neuron: its a and z.</source>
            <translation>線は重み：|w| が大きいほど太く、正は青、負は赤。各ニューロンの横にその a と z。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="103" />
            <source>The output as the book prints it (print(y), 8 digits)</source>
            <translation>本が出力するとおりの出力（print(y)、8桁）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="113" />
            <source>%1: double-click a number to edit it</source>
            <translation>%1：数値をダブルクリックして編集</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="159" />
            <source>“%1” is not a finite number; %2 keeps its value.</source>
            <translation>「%1」は有限の数ではありません。%2 は元の値のままです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/network_view.py" line="219" />
            <source>y = %1   (book: [0.31682708 0.69627909])</source>
            <translation>y = %1   （本：[0.31682708 0.69627909]）</translation>
        </message>
    </context>
    <context>
        <name>NumDiffView</name>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="62" />
            <source>f(x) = 0.01·x² + 0.1·x   (the book's function_1)</source>
            <extracomment>Errors of exactly 0 cannot be drawn on a log axis; they are drawn at this floor instead.</extracomment>
            <translation>f(x) = 0.01·x² + 0.1·x   (本書の function_1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="64" />
            <source>The example function of section 4.3.2.</source>
            <translation>4.3.2節の例の関数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="68" />
            <source>The point x where the derivative is estimated; or drag the vertical line.</source>
            <translation>微分を推定する点 x。縦線をドラッグしても動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="71" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="73" />
            <source>The step h of the difference, from 1e-1 down to 1e-50.</source>
            <translation>差分に使う微小な値 h。1e-1 から 1e-50 まで。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="75" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="83" />
            <source>The exact derivative 0.02·x + 0.1.</source>
            <translation>真の微分 0.02·x + 0.1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="84" />
            <source>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, in full.</source>
            <translation>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h、全桁。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="85" />
            <source>core.gradient.forward_diff: (f(x+h) − f(x)) / h, in full.</source>
            <translation>core.gradient.forward_diff: (f(x+h) − f(x)) / h、全桁。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="86" />
            <source>true f′(x)</source>
            <translation>真の f′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="87" />
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="88" />
            <source>forward</source>
            <translation>前方差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="95" />
            <source>The book's tangents use h = 1e-4 (numerical_diff's default).</source>
            <translation>本書の接線は h = 1e-4 を使う (numerical_diff のデフォルト)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="98" />
            <source>The book's tangents (h = 1e-4):
x = 5:  slope {0}
x = 10: slope {1}</source>
            <translation>本書の接線 (h = 1e-4):
x = 5:  傾き {0}
x = 10: 傾き {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="108" />
            <source>f(x) with its tangent lines; drag the vertical line to move x.</source>
            <translation>f(x) とその接線。縦線をドラッグして x を動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="113" />
            <source>f(x) and tangents</source>
            <translation>f(x) と接線</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="120" />
            <source>tangent at x = {0:g}</source>
            <translation>x = {0:g} での接線</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="122" />
            <source>tangent at x (current h)</source>
            <translation>x での接線 (現在の h)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="124" />
            <source>Drag to move x.</source>
            <translation>ドラッグして x を動かす。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="133" />
            <source>Error of the estimates against h, both axes logarithmic; the dots mark the current h.</source>
            <translation>h に対する推定値の誤差 (両軸とも対数)。点は現在の h を示します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="138" />
            <source>|estimate − true|</source>
            <translation>|推定値 − 真の値|</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="139" />
            <source>Error against h</source>
            <translation>h に対する誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="152" />
            <source>forward difference</source>
            <translation>前方差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="153" />
            <source>central difference</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="160" />
            <source>book's h = 1e-4 →</source>
            <translation>本書の h = 1e-4 →</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="167" />
            <source>x + h == x to the left</source>
            <translation>この左では x + h == x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="268" />
            <source>x + h == x in float64: h = {0} is lost when added to x = {1} (rounding), so f(x+h) − f(x−h) = 0 and the estimate is {2}. Too small an h fails.</source>
            <translation>float64 では x + h == x: h = {0} は x = {1} に足すと丸めで消えてしまうため、f(x+h) − f(x−h) = 0 となり、推定値は {2} になります。h が小さすぎると失敗します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="273" />
            <source>h is large: the forward difference is off by about 0.01·h (truncation error); the central difference cancels it for this quadratic.</source>
            <translation>h が大きい: 前方差分は約 0.01·h ずれます (打ち切り誤差)。この2次関数では中心差分がそのずれを打ち消します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="277" />
            <source>Rounding noise: f(x+h) and f(x−h) agree in most of their digits, so their difference has few correct digits left.</source>
            <translation>丸め誤差: f(x+h) と f(x−h) はほとんどの桁が一致するため、その差には正しい桁がわずかしか残りません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="281" />
            <source>Good: around h = 1e-4 (the book's choice) truncation and rounding errors are both small.</source>
            <translation>良好: h = 1e-4 (本書の選択) 付近では、打ち切り誤差と丸め誤差がどちらも小さくなります。</translation>
        </message>
    </context>
    <context>
        <name>PanelDialogs</name>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="43" />
            <source>Folder holding the four IDX files</source>
            <translation>4つのIDXファイルのあるフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="50" />
            <location filename="../../app/panels/training/dialogs.py" line="63" />
            <source>Loading %1 clears the results of this network.</source>
            <translation>%1 を読み込むと、このネットワークの結果は消去されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="58" />
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation>mnist/ と fashion-mnist/ のあるフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="75" />
            <source>The dataset could not be loaded: %1</source>
            <translation>データセットを読み込めませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="77" />
            <source>The dataset could not be loaded: %1: %2</source>
            <translation>データセットを読み込めませんでした: %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="95" />
            <source>Save model</source>
            <translation>モデルを保存</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="96" />
            <location filename="../../app/panels/training/dialogs.py" line="114" />
            <source>NumPy model (*.npz)</source>
            <translation>NumPyモデル (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="107" />
            <source>Could not save the model: %1</source>
            <translation>モデルを保存できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="109" />
            <source>Saved the model to %1.</source>
            <translation>モデルを %1 に保存しました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="113" />
            <source>Load model</source>
            <translation>モデルを読み込む</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="124" />
            <location filename="../../app/panels/training/dialogs.py" line="131" />
            <source>Could not load the model: %1</source>
            <translation>モデルを読み込めませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="139" />
            <source>Model %1 loaded.</source>
            <translation>モデル %1 を読み込みました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="141" />
            <source>Loaded %1; Start trains it further.</source>
            <translation>%1 を読み込みました。「開始」でさらに学習します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="173" />
            <source>Deleting it discards it.</source>
            <translation>削除すると失われます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="179" />
            <source>Folder to save the runs in</source>
            <translation>実行の保存先フォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="184" />
            <source>Session folder to open</source>
            <translation>開くセッションフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="196" />
            <source>A training run on %1 is going on (iteration %2 of %3); its network is not saved.</source>
            <translation>%1 で学習中です (繰り返し %3 回中 %2 回目)。そのネットワークは保存されていません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="216" />
            <source>Unsaved network</source>
            <translation>未保存のネットワーク</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="217" />
            <source>Save the network first?</source>
            <translation>先にネットワークを保存しますか?</translation>
        </message>
    </context>
    <context>
        <name>PanelLoadError</name>
        <message>
            <location filename="../../app/window_panels.py" line="81" />
            <source>The panel “%1” could not be loaded:</source>
            <translation>パネル「%1」を読み込めませんでした:</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="62" />
            <source>Reset: go back to the start point (step 0).</source>
            <translation>リセット: 開始点 (ステップ 0) に戻る。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="64" />
            <source>Step back: return exactly to the previous step.</source>
            <translation>1ステップ戻る: 直前のステップに正確に戻る。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="65" />
            <location filename="../../app/panels/descent/playback.py" line="156" />
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="66" />
            <source>Play or pause the animation.</source>
            <translation>アニメーションを再生・一時停止する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="68" />
            <source>Single step forward: take one optimizer update.</source>
            <translation>1ステップ進む: パラメータを1回更新する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="74" />
            <source>Speed (steps/s)</source>
            <translation>速度 (ステップ/秒)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="77" />
            <source>Animation speed in steps per second.</source>
            <translation>アニメーションの速度 (1秒あたりのステップ数)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="153" />
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
    </context>
    <context>
        <name>RaceController</name>
        <message>
            <location filename="../../app/panels/races/controller.py" line="45" />
            <source>plain</source>
            <translation>正則化なし</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="46" />
            <source>weight decay {0}</source>
            <translation>Weight decay {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="47" />
            <source>dropout {0}</source>
            <translation>Dropout {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="48" />
            <source>BatchNorm (w {0})</source>
            <translation>Batch Normalizationあり（w {0}）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="49" />
            <source>no BatchNorm (w {0})</source>
            <translation>Batch Normalizationなし（w {0}）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="50" />
            <source>trial {0}</source>
            <translation>試行 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="51" />
            <source>learning rate {0}</source>
            <translation>学習率 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="52" />
            <source>batch size {0}</source>
            <translation>バッチサイズ {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="53" />
            <source>hidden sizes {0}</source>
            <translation>隠れ層のサイズ {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="54" />
            <source>weight init {0}</source>
            <translation>重みの初期値 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="55" />
            <source>optimizer {0}</source>
            <translation>最適化手法 {0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="56" />
            <source>with BatchNorm</source>
            <translation>Batch Normalizationあり</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="57" />
            <source>without BatchNorm</source>
            <translation>Batch Normalizationなし</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="328" />
            <source>All racers start from the same initial weights and see the same mini-batches in the same order.</source>
            <translation>すべての走者が同じ重みの初期値から出発し、同じミニバッチを同じ順序で見ます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="332" />
            <source>All racers see the same mini-batches in the same order.</source>
            <translation>すべての走者が同じミニバッチを同じ順序で見ます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="336" />
            <source>The init schemes differ: the racers share the same random draws, scaled differently, so they cannot share initial weights.</source>
            <translation>初期値の決め方が異なります：走者は同じ乱数を異なるスケールで使うため、重みの初期値は共有できません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="339" />
            <source>The networks have different shapes, so they cannot share initial weights.</source>
            <translation>ネットワークの形が異なるため、重みの初期値は共有できません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/controller.py" line="341" />
            <source>The batch sizes differ, so the mini-batches differ too.</source>
            <translation>バッチサイズが異なるため、ミニバッチも異なります。</translation>
        </message>
    </context>
    <context>
        <name>RaceView</name>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="51" />
            <source>Leaderboard</source>
            <translation>順位表</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>lr</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <location filename="../../app/panels/descent/race_board.py" line="55" />
            <source>steps</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="54" />
            <source>f now</source>
            <translation>現在の f</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="56" />
            <source>Steps until f(x) ≤ ε for the first time.</source>
            <translation>初めて f(x) ≤ ε になるまでのステップ数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="65" />
            <source>Who reaches f ≤ ε first (fewest steps); the rest ordered by their current f. Hover a number for full precision.</source>
            <translation>先に f ≤ ε に到達した順 (ステップ数の少ない順)。残りは現在の f の順。数値にマウスを合わせると全桁を表示します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="81" />
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="83" />
            <source>not yet</source>
            <translation>未到達</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="83" />
            <source>not reached</source>
            <translation>到達せず</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_board.py" line="103" />
            <source>ε = {0}; a racer finishes at the first step with f(x) ≤ ε (core.descent.steps_to_reach).</source>
            <translation>ε = {0}。初めて f(x) ≤ ε になったステップでゴールです (core.descent.steps_to_reach)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="112" />
            <source>Book figure 6-8</source>
            <extracomment>The book's figure 6-8: surface, start, steps and learning rates (optimizer_compare_naive.py). The four panels of the book's figure, in its order.</extracomment>
            <translation>本書の図6-8</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="113" />
            <source>Chapter 6's comparison: x²/20 + y² from (-7, 2), 30 steps, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.</source>
            <translation>6章の比較: x²/20 + y² を (-7, 2) から、30ステップ、SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="131" />
            <source>Include {0} in the race.</source>
            <translation>{0} を競争に参加させる。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="134" />
            <source>Learning rate of {0}, used exactly as typed.</source>
            <translation>{0} の学習率。入力した値をそのまま使います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="142" />
            <source>Optimizer and learning rate</source>
            <translation>最適化手法と学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="143" />
            <source>Each optimizer's learning rate; other hyperparameters keep the book's defaults.</source>
            <translation>各最適化手法の学習率。他のハイパーパラメータは本書のデフォルト値のままです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="148" />
            <source>Number of updates for every optimizer.</source>
            <translation>すべての最適化手法に共通の更新回数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="150" />
            <source>Steps</source>
            <translation>ステップ数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="152" />
            <source>analytic (like chapter 6)</source>
            <translation>解析的 (6章と同じ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="153" />
            <source>numerical (h = 1e-4)</source>
            <translation>数値微分 (h = 1e-4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="154" />
            <source>Which gradient drives the updates; chapter 6 uses the formula.</source>
            <translation>どちらの勾配で更新するか。6章では数式 (解析的な勾配) を使います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="156" />
            <source>Gradient</source>
            <translation>勾配</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="160" />
            <source>Start x0 for every optimizer; or click the plot.</source>
            <translation>すべての最適化手法に共通の開始点 x0。グラフをクリックしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="163" />
            <source>Start x1 for every optimizer; or click the plot.</source>
            <translation>すべての最適化手法に共通の開始点 x1。グラフをクリックしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="167" />
            <source>Start</source>
            <translation>開始点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="170" />
            <source>The finish line: a racer finishes when f(x) ≤ ε.</source>
            <translation>ゴールライン: f(x) ≤ ε になったらゴールです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="172" />
            <source>ε (finish)</source>
            <translation>ε (ゴール)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="178" />
            <source>One plot</source>
            <translation>1つのグラフ</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="179" />
            <source>All racers on one plot.</source>
            <translation>全参加者を1つのグラフに表示。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="180" />
            <source>2×2 like the book</source>
            <translation>本書と同じ 2×2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="181" />
            <source>Four small plots like figure 6-8: SGD, Momentum, AdaGrad, Adam.</source>
            <translation>図6-8と同じ4つの小さなグラフ: SGD、Momentum、AdaGrad、Adam。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="199" />
            <source>The race's current step.</source>
            <translation>競争の現在のステップ。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="201" />
            <source>Click to set the common start point.</source>
            <translation>クリックで共通の開始点を設定。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="223" />
            <source>Figure 6-8: each optimizer's path on x²/20 + y².</source>
            <translation>図6-8: x²/20 + y² 上での各最適化手法の経路。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="411" />
            <source>{0} (not in the race)</source>
            <translation>{0} (不参加)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="425" />
            <source>Tick at least one optimizer to start a race.</source>
            <translation>競争を始めるには最適化手法を1つ以上選んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="427" />
            <source>step {0} of {1}   ·   start {2}   ·   {3}</source>
            <translation>ステップ {0} / {1}   ·   開始点 {2}   ·   {3}</translation>
        </message>
    </context>
    <context>
        <name>RacesPanel</name>
        <message>
            <location filename="../../app/panels/races/panel.py" line="90" />
            <source>Curves</source>
            <extracomment>preset key -&gt; (button text, options for core.races.preset) What a custom race starts from: the book's 5-layer ReLU net, SGD lr 0.01, batch 100, 1000 iterations.</extracomment>
            <translation>曲線</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="91" />
            <location filename="../../app/panels/races/panel.py" line="326" />
            <source>Figure 6-19 grid</source>
            <translation>図6-19の一覧</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="92" />
            <location filename="../../app/panels/races/panel.py" line="327" />
            <source>Search scatter</source>
            <translation>探索の散布図</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="93" />
            <source>Activations</source>
            <translation>アクティベーション</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="101" />
            <source>Pick one of the book's races, or build your own, and press its button.</source>
            <translation>本のレースを1つ選ぶか、自分でレースを組み立てて、そのボタンを押してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="111" />
            <source>The book's races</source>
            <translation>本のレース</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="113" />
            <source>Optimizers (figure 6-9)</source>
            <translation>最適化手法（図6-9）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="113" />
            <source>Weight init (figure 6-14)</source>
            <translation>重みの初期値（図6-14）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="114" />
            <source>BatchNorm at one scale (figure 6-18)</source>
            <translation>1つのスケールでBatch Normalization（図6-18）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="115" />
            <source>BatchNorm, 16 scales (figure 6-19)</source>
            <translation>Batch Normalization、16のスケール（図6-19）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="116" />
            <source>Overfitting on 300 images (6-20 to 6-23)</source>
            <translation>300枚での過学習（6-20〜6-23）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="117" />
            <source>Random search (figure 6-24)</source>
            <translation>ランダムサーチ（図6-24）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="126" />
            <source>Weight scale for 6-18:</source>
            <translation>6-18の重みのスケール：</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="138" />
            <source>Your own race</source>
            <translation>自分で組むレース</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="141" />
            <source>weight init</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="142" />
            <source>BatchNorm</source>
            <translation>Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="142" />
            <source>weight decay</source>
            <translation>Weight decay</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="143" />
            <source>dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="143" />
            <source>batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="144" />
            <source>hidden sizes</source>
            <translation>隠れ層のサイズ</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="155" />
            <source>Start this race</source>
            <translation>このレースを開始</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="157" />
            <source>Vary</source>
            <translation>変える設定</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="158" />
            <source>Values</source>
            <translation>値</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="159" />
            <source>Iterations</source>
            <translation>繰り返し回数</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="163" />
            <source>Run</source>
            <translation>実行</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="167" />
            <source>Repeat the race over several seeds: each variant is drawn as its mean with a min-max band</source>
            <translation>レースを複数のシードで繰り返します：各設定は平均と最小〜最大の帯で描かれます</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="169" />
            <source>Seeds</source>
            <translation>シード数</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="171" />
            <location filename="../../app/panels/races/panel.py" line="273" />
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="173" />
            <source>Step</source>
            <translation>1ステップ</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="175" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="180" />
            <source>Save as session…</source>
            <translation>セッションとして保存…</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="181" />
            <source>Keep every racer as a run in a session folder (the training view and dlfs replay open it)</source>
            <translation>すべての走者を実行記録としてセッションフォルダーに保存します（学習ビューと dlfs replay で開けます）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="199" />
            <source>784-100x4-10 ReLU net (He init), batch 128, 2000 iterations, each optimizer with the book's learning rate. Watch SGD's loss fall slowest; AdaGrad and Adam drop fastest at first.</source>
            <translation>784-100x4-10 のReLUネットワーク（Heの初期値）、バッチ128、2000回、各手法は本の学習率。SGDの損失が最も遅く下がり、AdaGradとAdamが最初に最も速く下がる様子に注目。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="202" />
            <source>784-100x4-10 ReLU net, SGD lr 0.01, batch 128. With std 0.01 the signals vanish and the loss stays at 2.3; He learns fastest. See the activations tab.</source>
            <translation>784-100x4-10 のReLUネットワーク、SGD lr 0.01、バッチ128。標準偏差0.01では信号が消えて損失は2.3のまま、Heが最も速く学習します。アクティベーションのタブも見てください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="204" />
            <source>784-100x5-10 ReLU net on 1000 images, SGD lr 0.01, 20 epochs: training accuracy with and without BatchNorm at one weight scale.</source>
            <translation>1000枚で784-100x5-10 のReLUネットワーク、SGD lr 0.01、20エポック：1つの重みのスケールでのBatch Normalizationあり・なしの訓練データの認識精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="206" />
            <source>The same at 16 weight scales from 1 to 0.0001. With BatchNorm the net learns at almost every scale; without, it fails when the scale is too large or too small.</source>
            <translation>同じことを1から0.0001までの16の重みのスケールで。Batch Normalizationありではほぼどのスケールでも学習が進み、なしではスケールが大きすぎても小さすぎても失敗します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="208" />
            <source>784-100x6-10 ReLU net on 300 images. Plain: training accuracy reaches 100% while test accuracy stalls; weight decay 0.1 and dropout 0.2 narrow the gap (dropout runs 301 epochs, as in the book).</source>
            <translation>300枚で784-100x6-10 のReLUネットワーク。正則化なしでは訓練データの認識精度が100%に達する一方でテストデータは伸びず、Weight decay 0.1 と Dropout 0.2 が差を縮めます（本と同じくDropoutは301エポック）。過学習の様子に注目。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="211" />
            <source>100 trials of lr = 10^U(-6,-2) and weight decay = 10^U(-8,-4), 50 epochs on 400 images, validation accuracy on 100 others. Good trials cluster at lr 1e-3 to 1e-2; the test set is never touched.</source>
            <translation>lr = 10^U(-6,-2)、Weight decay = 10^U(-8,-4) の100回の試行、400枚で50エポック、別の100枚で検証データの認識精度。良い試行は lr 1e-3〜1e-2 に集まります。テストデータには一切触れません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="219" />
            <source>SGD, Momentum, AdaGrad, Adam</source>
            <translation>SGD、Momentum、AdaGrad、Adam</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="220" />
            <source>Weight init: std 0.01, Xavier, He</source>
            <translation>重みの初期値：標準偏差0.01、Xavier、He</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="221" />
            <source>BatchNorm against none</source>
            <translation>Batch Normalizationあり・なし</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="222" />
            <source>BatchNorm against none over 16 weight scales</source>
            <translation>16の重みのスケールでBatch Normalizationあり・なし</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="223" />
            <source>Overfitting on 300 images</source>
            <translation>300枚での過学習</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="224" />
            <source>Random search over learning rate and weight decay</source>
            <translation>学習率とWeight decayのランダムサーチ</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="226" />
            <source>{0} (figure {1})</source>
            <translation>{0}（図{1}）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="229" />
            <source>Your race: {0}</source>
            <translation>自分のレース：{0}</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="233" />
            <source>Starting a new race discards it.</source>
            <translation>新しいレースを始めると破棄されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="273" />
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="285" />
            <source>Could not save the session: %1</source>
            <translation>セッションを保存できませんでした：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="288" />
            <source>Saved to %1</source>
            <translation>%1 に保存しました</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="292" />
            <source>Save the race as a session folder</source>
            <translation>レースをセッションフォルダーとして保存</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="297" />
            <source>Chapter 6 races</source>
            <translation>第6章のレース</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="324" />
            <source>Race curves</source>
            <translation>レースの曲線</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="325" />
            <source>Race final figures</source>
            <translation>レースの最終結果</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="342" />
            <source>Unsaved race</source>
            <translation>未保存のレース</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="343" />
            <source>The race's runs are not saved.</source>
            <translation>レースの実行記録は保存されていません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/panel.py" line="343" />
            <source>Save them first?</source>
            <translation>先に保存しますか？</translation>
        </message>
    </context>
    <context>
        <name>RunButtons</name>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <source>Train a new run with these settings; the runs before it are kept (a selected loaded model is trained further)  [Space]</source>
            <translation>この設定で新しい実行を学習します。それまでの実行は残ります (選択中の読み込んだモデルはさらに学習)  [Space]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <location filename="../../app/panels/training/buttons.py" line="79" />
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <source>Pause or resume training  [Space]</source>
            <translation>学習を一時停止または再開  [Space]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Step</source>
            <translation>1ステップ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Train exactly one mini-batch, then pause  [→]</source>
            <translation>ミニバッチを1つだけ学習して一時停止  [→]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="31" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="31" />
            <source>End the run; the network keeps what it learned</source>
            <translation>学習を終了します。ネットワークは学習した内容を保持します</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="32" />
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="32" />
            <source>Get ready for a new run: the weights of the seed are shown; the runs so far stay in the list  [Home]</source>
            <translation>新しい実行を準備します。シードによる重みの初期値を表示し、これまでの実行は一覧に残ります  [Home]</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="34" />
            <source>Save the network shown as .npz (once it has been trained or loaded)</source>
            <translation>表示中のネットワークを .npz で保存 (学習後または読み込み後に可能)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="35" />
            <source>Save model…</source>
            <translation>モデルを保存…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="36" />
            <source>Load model…</source>
            <translation>モデルを読み込む…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="36" />
            <source>Load a network saved as .npz (as a run of its own)</source>
            <translation>.npz で保存したネットワークを読み込む (独立した実行として)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start fork</source>
            <translation>分岐を開始</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="79" />
            <source>Resume</source>
            <translation>再開</translation>
        </message>
    </context>
    <context>
        <name>RunsList</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>run</source>
            <extracomment>Runs the list shows without scrolling (at 1280x720 in normal mode).</extracomment>
            <translation>実行</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="50" />
            <source>iteration</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="51" />
            <source>train acc</source>
            <translation>訓練精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="51" />
            <source>test acc</source>
            <translation>テスト精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="52" />
            <source>Every run is kept until you delete it: tick to overlay its curves, click to inspect it, double-click its name to rename it</source>
            <translation>実行は削除するまで残ります。チェックで曲線を重ねて表示、クリックで詳しく表示、名前をダブルクリックで名前を変更</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="65" />
            <source>Delete run</source>
            <translation>実行を削除</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="66" />
            <source>Forget the selected run (asks first when it is not saved)</source>
            <translation>選択した実行を削除 (未保存なら先に確認します)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="68" />
            <source>Save runs…</source>
            <translation>実行を保存…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="69" />
            <source>Save the runs (settings, curves, checkpoints) as a session folder</source>
            <translation>実行 (設定、曲線、チェックポイント) をセッションフォルダーとして保存</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="71" />
            <source>Open runs…</source>
            <translation>実行を開く…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="72" />
            <source>Open a session folder saved by the app or by dlfs train --session</source>
            <translation>このアプリまたは dlfs train --session で保存したセッションフォルダーを開く</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="129" />
            <source>Tick to show this run's curves</source>
            <translation>チェックするとこの実行の曲線を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>ready</source>
            <translation>準備完了</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>running</source>
            <translation>学習中</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="148" />
            <source>paused</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>finished</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="149" />
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="150" />
            <source>loaded</source>
            <translation>読み込み済み</translation>
        </message>
    </context>
    <context>
        <name>ScatterView</name>
        <message>
            <location filename="../../app/panels/races/views.py" line="235" />
            <source>learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="236" />
            <source>weight decay</source>
            <translation>Weight decay</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="244" />
            <source>Best trials (validation accuracy)</source>
            <translation>最良の試行（検証データの認識精度）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="264" />
            <source>colour: validation accuracy (dark 0, yellow 1)</source>
            <translation>色：検証データの認識精度（暗い 0、黄色 1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/races/views.py" line="284" />
            <source>{0}: val acc {1:.3f} | lr {2:.2e}, weight decay {3:.2e}</source>
            <translation>{0}：検証 {1:.3f} | lr {2:.2e}、Weight decay {3:.2e}</translation>
        </message>
    </context>
    <context>
        <name>SettingsForm</name>
        <message>
            <location filename="../../app/panels/training/form.py" line="67" />
            <source>Why the settings cannot be used yet</source>
            <translation>設定がまだ使えない理由</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="80" />
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="86" />
            <source>Folder of IDX files…</source>
            <translation>IDXファイルのフォルダー…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="87" />
            <source>The dataset to train on: MNIST digits, Fashion-MNIST clothes, or any folder holding the four IDX files</source>
            <translation>学習に使うデータセット: MNISTの数字、Fashion-MNISTの衣類、または4つのIDXファイルのある任意のフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="91" />
            <source>Data folder…</source>
            <translation>データフォルダー…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="92" />
            <source>The folder holding mnist/ and fashion-mnist/ (remembered; the DLFS_DATA variable also sets it)</source>
            <translation>mnist/ と fashion-mnist/ のあるフォルダー (記憶されます。環境変数 DLFS_DATA でも設定できます)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="97" />
            <source>No dataset loaded</source>
            <translation>データセット未読み込み</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="99" />
            <source>Which dataset is loaded and where it came from</source>
            <translation>読み込んだデータセットとその入手元</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="103" />
            <source>The first training images with their labels</source>
            <translation>先頭の訓練画像とそのラベル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="136" />
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="143" />
            <source>A network of the book with its hyperparameters; change any of them below</source>
            <translation>本書のネットワークとそのハイパーパラメータ。下の欄でどれでも変更できます</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="147" />
            <source>Preset</source>
            <translation>プリセット</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="149" />
            <source>Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers</source>
            <translation>隠れ層のサイズ。例: 50、複数の層なら 100, 100, 100</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="150" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Hidden sizes</source>
            <translation>隠れ層のサイズ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="153" />
            <source>Activation function of the hidden layers (chapter 3)</source>
            <translation>隠れ層の活性化関数 (3章)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="155" />
            <source>Activation</source>
            <translation>活性化関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="159" />
            <source>Initial weight scale: a standard deviation such as 0.01, or He (for ReLU) / Xavier (for sigmoid), section 6.2</source>
            <translation>重みの初期値のスケール: 0.01 のような標準偏差、または He (ReLU用) / Xavier (シグモイド用)。6.2節</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="162" />
            <location filename="../../app/panels/training/form.py" line="291" />
            <source>Weight init</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="163" />
            <source>Batch normalization</source>
            <translation>Batch Normalization</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="164" />
            <source>Insert BatchNorm before each activation (section 6.3; chapter 6 preset only)</source>
            <translation>各活性化関数の前に Batch Normalization を挿入 (6.3節。6章のプリセットのみ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="168" />
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation>学習時に Dropout で消去する隠れ層のニューロンの割合、0〜0.99 (6.4.3節。6章のプリセットのみ)</translation>
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
            <translation>Weight decay λ: 損失に 0.5·λ·ΣW² を加える (6.4.2節。6章のプリセットのみ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="173" />
            <location filename="../../app/panels/training/form.py" line="292" />
            <source>Weight decay λ</source>
            <translation>Weight decay λ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="177" />
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="181" />
            <source>Update rule (chapter 6); can be changed while training</source>
            <translation>パラメータの更新方法 (6章)。学習中でも変更できます</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="184" />
            <location filename="../../app/panels/training/form.py" line="293" />
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="185" />
            <source>The optimizer's own settings as name=value pairs, e.g. momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the book's values shown in grey</source>
            <translation>最適化手法固有の設定を name=value の形で。例: momentum=0.9 (Momentum, Nesterov)、decay_rate=0.99 (RMSprop)、beta1=0.9, beta2=0.999 (Adam)。空欄なら灰色で表示された本書の値を使います</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="189" />
            <location filename="../../app/panels/training/form.py" line="294" />
            <source>Optimizer settings</source>
            <translation>最適化手法の設定</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="191" />
            <source>Learning rate; press Enter to change it while training</source>
            <translation>学習率。学習中でもEnterで変更できます</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="193" />
            <location filename="../../app/panels/training/form.py" line="292" />
            <source>Learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="194" />
            <source>Images per mini-batch</source>
            <translation>ミニバッチあたりの画像数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="195" />
            <location filename="../../app/panels/training/form.py" line="293" />
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="197" />
            <source>book (random batches, iterations)</source>
            <translation>本書どおり (ランダムなバッチ、繰り返し回数)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="198" />
            <source>epochs (shuffled passes)</source>
            <translation>エポック (シャッフルして一巡)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="199" />
            <source>Book: mini-batches drawn at random with replacement for a number of iterations, as train_neuralnet.py; epochs: each epoch visits every training image once</source>
            <translation>本書: train_neuralnet.py と同じく、指定した繰り返し回数だけミニバッチを復元抽出でランダムに選ぶ。エポック: 各エポックで全訓練画像を1回ずつ使う</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="203" />
            <source>Mode</source>
            <translation>モード</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="204" />
            <source>Number of mini-batches (book mode)</source>
            <translation>ミニバッチの数 (本書モード)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="205" />
            <source>Iterations</source>
            <translation>繰り返し回数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="206" />
            <source>Number of passes over the training set (epochs mode)</source>
            <translation>訓練データを何周するか (エポックモード)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="207" />
            <source>Epochs</source>
            <translation>エポック数</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="208" />
            <source>Random seed of the initial weights and the mini-batches: the same seed replays the same run exactly</source>
            <translation>重みの初期値とミニバッチの乱数シード: 同じシードなら、まったく同じ学習を再現します</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="210" />
            <source>Seed</source>
            <translation>乱数シード</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="211" />
            <source>Train on the first N images only (0 = all); useful for the slow convolutional network</source>
            <translation>先頭の N 枚だけで学習 (0 = すべて)。遅い畳み込みネットワークで便利です</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="213" />
            <location filename="../../app/panels/training/form.py" line="216" />
            <source>all</source>
            <translation>すべて</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="214" />
            <source>Training images</source>
            <translation>訓練画像</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="215" />
            <source>Evaluate on the first N test images only (0 = all)</source>
            <translation>先頭の N 枚のテスト画像だけで評価 (0 = すべて)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="217" />
            <source>Test images</source>
            <translation>テスト画像</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="279" />
            <source>(none)</source>
            <translation>(なし)</translation>
        </message>
    </context>
    <context>
        <name>SoftmaxView</name>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="42" />
            <source>Logits a:</source>
            <translation>入力 a：</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="44" />
            <source>2 to 10 logits separated by commas; press Enter. Or drag the handles in the left plot.</source>
            <translation>2〜10個の値をカンマ区切りで入力し Enter。左のグラフのハンドルをドラッグしても変えられます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="47" />
            <source>Examples…</source>
            <translation>例…</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="48" />
            <source>Overflow: (1010, 1000, 990)</source>
            <translation>オーバーフロー：(1010, 1000, 990)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="49" />
            <source>Section 3.5.1: (0.3, 2.9, 4.0)</source>
            <translation>3.5.1節：(0.3, 2.9, 4.0)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="50" />
            <source>The book's two examples</source>
            <translation>本の2つの例</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="56" />
            <source>Logits a (drag)</source>
            <translation>入力 a（ドラッグ）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="62" />
            <source>Naive: exp(a) / Σ exp(a)</source>
            <translation>素朴な実装：exp(a) / Σ exp(a)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="66" />
            <source>Stable: exp(a − max a) / Σ exp(a − max a)</source>
            <translation>改良版：exp(a − max a) / Σ exp(a − max a)</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="109" />
            <source>Give 2 to 10 logits.</source>
            <translation>2〜10個の値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="112" />
            <source>Keep the logits between -1e6 and 1e6.</source>
            <translation>値は -1e6 から 1e6 の間にしてください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="129" />
            <source>Drag up or down to change this logit</source>
            <translation>上下にドラッグしてこの値を変える</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="172" />
            <source>nan: exp overflowed</source>
            <translation>nan：exp がオーバーフロー</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="192" />
            <source>sum = %1</source>
            <translation>総和 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="194" />
            <source>Naive (section 3.5.1)</source>
            <translation>素朴な実装（3.5.1節）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="197" />
            <source>exp(a) is larger than the biggest float (about 1.8e308, exp(709.78)): inf / inf = nan.</source>
            <translation>exp(a) が浮動小数点数の最大値（約 1.8e308 = exp(709.78)）を超える：inf / inf = nan。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="200" />
            <source>Max subtracted (section 3.5.2)</source>
            <translation>最大値を引く（3.5.2節）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/softmax_view.py" line="205" />
            <source>Why subtracting is allowed: for any constant C, y_k = C exp(a_k) / Σ C exp(a_i) = exp(a_k + log C) / Σ exp(a_i + log C), because exp(log C) = C. Choose log C = C′ = −max a. Check with C = %1: exp(log C) = %2.</source>
            <translation>引いてよい理由：任意の定数 C について y_k = C exp(a_k) / Σ C exp(a_i) = exp(a_k + log C) / Σ exp(a_i + log C)。exp(log C) = C だから。log C = C′ = −max a を選ぶ。C = %1 で確かめると exp(log C) = %2。</translation>
        </message>
    </context>
    <context>
        <name>StatusStrip</name>
        <message>
            <location filename="../../app/panels/training/status.py" line="39" />
            <source>Load a dataset to begin.</source>
            <extracomment>Least seconds between two live status lines while a run trains (each line relayouts and repaints the strip, and every millisecond the GUI thread spends is one the training thread waits for the GIL).</extracomment>
            <translation>データセットを読み込んで始めましょう。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="40" />
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation>繰り返し、エポック、学習速度、経過時間、残り時間</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="49" />
            <source>Share of the run done (its mini-batches, then its last evaluation)</source>
            <translation>この実行の進み具合 (ミニバッチの処理、続いて最後の評価)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="53" />
            <source>What happened last (errors, divergence, results)</source>
            <translation>最後に起きたこと (エラー、発散、結果)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="93" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation>繰り返し %1 / %2 · エポック %3 · %4 枚/秒 · 残り %5</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="98" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation>繰り返し %1 / %2 · エポック %3 · %4 枚/秒 · 経過 %5 · 残り %6 · 学習率 %7</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="113" />
            <source>Iteration %1 / %1 · evaluating the final network on the training and test images…</source>
            <translation>イテレーション %1 / %1 · 最終ネットワークを訓練画像とテスト画像で評価中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="121" />
            <source>evaluating %p% · about %1 left</source>
            <translation>評価中 %p% · 残り約 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="122" />
            <source>evaluating…</source>
            <translation>評価中…</translation>
        </message>
    </context>
    <context>
        <name>StepLedger</name>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="160" />
            <source>Every step: point, value, numerical and exact gradient, step and optimizer state; hover a cell for full precision, Ctrl+C copies it exactly.</source>
            <translation>全ステップの点、関数の値、数値微分と正確な勾配、ステップ、最適化手法の状態。セルにマウスを合わせると全桁を表示し、Ctrl+C で正確にコピーできます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>Copy with full precision</source>
            <translation>全桁でコピー</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="167" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="236" />
            <source>Show all columns</source>
            <translation>すべての列を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="237" />
            <source>Fit column widths</source>
            <translation>列幅を合わせる</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="61" />
            <source>∂f/∂x0 numerical</source>
            <extracomment>Column names as shown (translated); CSV headers stay in BASE's stable English form.</extracomment>
            <translation>∂f/∂x0 数値微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="62" />
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 解析的</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="63" />
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 数値微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="64" />
            <source>∂f/∂x1 analytic</source>
            <translation>∂f/∂x1 解析的</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="65" />
            <source>step x0</source>
            <translation>ステップ x0</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="66" />
            <source>step x1</source>
            <translation>ステップ x1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="159" />
            <source>Right-click the column titles to choose the columns.</source>
            <translation>列見出しを右クリックすると、表示する列を選べます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="164" />
            <source>Step number k (0 is the start point).</source>
            <translation>ステップ番号 k (0 が開始点)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="165" />
            <source>First coordinate of the point x_k.</source>
            <translation>点 x_k の第1座標。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="165" />
            <source>Second coordinate of the point x_k.</source>
            <translation>点 x_k の第2座標。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="166" />
            <source>Function value f(x_k).</source>
            <translation>関数の値 f(x_k)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="167" />
            <source>Central-difference estimate of ∂f/∂x0 at x_k (core.gradient.numerical_gradient).</source>
            <translation>x_k における ∂f/∂x0 の中心差分による推定値 (core.gradient.numerical_gradient)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="168" />
            <source>Exact ∂f/∂x0 at x_k from the surface's formula.</source>
            <translation>曲面の数式から求めた、x_k における正確な ∂f/∂x0。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="169" />
            <source>Central-difference estimate of ∂f/∂x1 at x_k.</source>
            <translation>x_k における ∂f/∂x1 の中心差分による推定値。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="170" />
            <source>Exact ∂f/∂x1 at x_k from the surface's formula.</source>
            <translation>曲面の数式から求めた、x_k における正確な ∂f/∂x1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="171" />
            <source>Step taken from x_k to x_(k+1), first coordinate.</source>
            <translation>x_k から x_(k+1) へのステップ (第1座標)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="172" />
            <source>Step taken from x_k to x_(k+1), second coordinate.</source>
            <translation>x_k から x_(k+1) へのステップ (第2座標)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger_model.py" line="175" />
            <source>Optimizer state (velocity v, squared-gradient sum h, Adam's m and v) before this update.</source>
            <translation>この更新の前の最適化手法の状態 (速度 v、勾配の2乗和 h、Adam の m と v)。</translation>
        </message>
    </context>
    <context>
        <name>SurfacePicker</name>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="52" />
            <source>custom: type f(x0, x1)…</source>
            <extracomment>Display names of the optimizers (keys are core's).</extracomment>
            <translation>カスタム: f(x0, x1) を入力…</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="55" />
            <source>Choose the function to descend, or 'custom' to type your own.</source>
            <translation>下っていく関数を選ぶか、「カスタム」を選んで自分で入力します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="60" />
            <source>e.g. x0**2 + 3*sin(x1)</source>
            <translation>例: x0**2 + 3*sin(x1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="61" />
            <source>Type a function of x0 and x1 and press Enter; it is parsed safely by core (never evaluated as Python).</source>
            <translation>x0 と x1 の関数を入力して Enter を押します。core が安全に解析します (Pythonとして評価されることはありません)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="63" />
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="64" />
            <source>Draw and descend the typed function.</source>
            <translation>入力した関数を描き、その上を降下する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="137" />
            <source> at character {0}</source>
            <translation> ({0}文字目)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/surface_picker.py" line="138" />
            <source>Not used{0}: {1}. The previous surface stays drawn.</source>
            <translation>使用できません{0}: {1}。前の曲面をそのまま表示しています。</translation>
        </message>
    </context>
    <context>
        <name>Surfaces</name>
        <message>
            <location filename="../../core/surfaces.py" line="129" />
            <source>The book's function_2 (section 4.4): a round bowl with its minimum at the origin.</source>
            <translation>本書の function_2 (4.4節): 原点に最小値をもつ丸いお椀形。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="132" />
            <source>Chapter 6's elongated bowl f(x, y) = x**2/20 + y**2: steep in y, flat in x, where plain SGD zig-zags.</source>
            <translation>6章の細長いお椀形 f(x, y) = x**2/20 + y**2: y 方向に急で x 方向に平らなため、素朴な SGD はジグザグに動きます。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="136" />
            <source>Rosenbrock's banana valley: easy to reach the valley, slow to follow it to (1, 1).</source>
            <translation>Rosenbrock のバナナ形の谷: 谷に着くのは簡単ですが、谷に沿って (1, 1) まで進むのは遅い。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="140" />
            <source>Himmelblau's function: four equal minima; where you end up depends on the start.</source>
            <translation>Himmelblau 関数: 同じ値の最小値が4つあり、どれにたどり着くかは開始点しだい。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="143" />
            <source>A saddle point at the origin: the gradient vanishes there but it is no minimum; the surface has no minimum at all (it falls without bound along x1).</source>
            <translation>原点に鞍点がある曲面: 原点で勾配は0になりますが、最小値ではありません。この曲面には最小値がまったくありません (x1 方向に限りなく下がる)。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="148" />
            <source>Beale's function: flat plateaus and sharp ridges, minimum at (3, 0.5).</source>
            <translation>Beale 関数: 平らなプラトーと鋭い尾根があり、最小値は (3, 0.5)。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="197" />
            <source>Timeline</source>
            <translation>タイムライン</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="198" />
            <source>Drag back through the run: the weights, histograms, errors and the drawing pad show the network at that checkpoint</source>
            <translation>ドラッグで実行をさかのぼる: 重み、ヒストグラム、誤認識、手書き欄がそのチェックポイントのネットワークを表示します</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="211" />
            <source>The checkpoint shown</source>
            <translation>表示中のチェックポイント</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="213" />
            <source>Fork from here…</source>
            <translation>ここから分岐…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="214" />
            <source>Start a new run from this checkpoint with some settings changed; it shares this run's history up to here</source>
            <translation>このチェックポイントから設定を一部変えて新しい実行を始めます。ここまでの履歴はこの実行と共有します</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="249" />
            <source>no checkpoint yet</source>
            <translation>チェックポイントなし</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="251" />
            <source>Iteration %1 / %2</source>
            <translation>イテレーション %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>TrainedView</name>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="28" />
            <source>it does not read 28×28 images</source>
            <extracomment>Images timed one at a time and in batches of 100 by "Measure".</extracomment>
            <translation>28×28 の画像を入力としません</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="75" />
            <source>Train one now (TwoLayerNet, a few seconds)</source>
            <translation>いま学習する（TwoLayerNet、数秒）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="85" />
            <source>Each layer's output for the chosen digit, left to right</source>
            <translation>選んだ数字に対する各層の出力（左から右へ）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="90" />
            <source>Measure batch speed-up</source>
            <translation>バッチ処理の速さを測る</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="91" />
            <source>Time 1000 test images one at a time and in batches of 100, now</source>
            <translation>テスト画像1000枚を1枚ずつと100枚のバッチで、いま計測</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="99" />
            <source>Time for 1000 images (ms, measured)</source>
            <translation>1000枚の処理時間（ms、実測）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="102" />
            <source>one at a time</source>
            <translation>1枚ずつ</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="102" />
            <source>batches of 100</source>
            <translation>100枚ずつのバッチ</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="114" />
            <source>No network yet: train one in the MNIST training view, load a model, or train one now.</source>
            <translation>ネットワークがまだありません：MNISTの学習ビューで学習するか、モデルを読み込むか、いま学習してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="126" />
            <source>Choose a network and a digit to see its forward pass.</source>
            <translation>順伝播を見るにはネットワークと数字を選んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="142" />
            <source> (label %1)</source>
            <translation>（正解ラベル %1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="143" />
            <source>Prediction: %1 with probability %2%3</source>
            <translation>推論結果：%1、確率 %2%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="201" />
            <source>The test images are needed: load MNIST first.</source>
            <translation>テスト画像が必要です：先に MNIST を読み込んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="206" />
            <source>Measuring…</source>
            <translation>計測中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="221" />
            <source>One batch: %1 in → %2 out. %3 images one at a time: %4 ms; in batches of %5: %6 ms; measured speed-up %7× on this machine now (best of 3; it varies with the load).</source>
            <translation>1バッチ：入力 %1 → 出力 %2。%3 枚を1枚ずつ：%4 ms、%5 枚ずつのバッチ：%6 ms。このマシンでいま実測した高速化 %7 倍（3回の最速値。負荷によって変わります）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="245" />
            <source>No forward pass yet: choose a network and a digit.</source>
            <translation>まだ順伝播がありません：ネットワークと数字を選んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/forward/trained_view.py" line="248" />
            <source>Nothing measured yet: press “Measure batch speed-up”.</source>
            <translation>まだ計測していません：「バッチ処理の速さを測る」を押してください。</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Save the current network as .npz</source>
            <translation type="vanished">現在のネットワークを .npz で保存</translation>
        </message>
        <message>
            <source>Finished %1 iterations in %2: test accuracy %3.</source>
            <translation type="vanished">%1 回の繰り返しを %2 で完了: テストデータの認識精度 %3。</translation>
        </message>
        <message>
            <source>(last evaluation, at iteration %1).</source>
            <translation type="vanished">(最後の評価は繰り返し %1)。</translation>
        </message>
        <message>
            <source>Why the settings cannot be used yet</source>
            <extracomment>Seconds the panel waits for a worker to stop (closing, switching dataset, reset). Minimum seconds between two redraws of the loss curve while training (the status line and progress bar follow every update, up to ~30 per second); drawing the curves is the GUI thread's main cost. Minimum seconds between two (non-urgent) updates from the training worker: at most ~30 per second. Most points drawn for the moving average of the loss. Whether the training worker gives up the GIL after every mini-batch (see benchmarks/bench_gui_training.py). Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit). Emitted with the new state: "empty", "loading", "idle", "running", "paused", "finished", "stopped", "diverged". The latest evaluation and activation statistics received (also when their tab was never shown). The current network has been trained (or loaded), and has changed since it was last saved. Said after "Loaded …" when loading the dataset stopped a run or cleared its results. The status line while a loaded model waits to be trained further.</extracomment>
            <translation type="vanished">設定がまだ使えない理由</translation>
        </message>
        <message>
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation type="vanished">繰り返し、エポック、学習速度、経過時間、残り時間</translation>
        </message>
        <message>
            <source>Share of the run's mini-batches done</source>
            <translation type="vanished">この学習で処理済みのミニバッチの割合</translation>
        </message>
        <message>
            <source>What happened last (errors, divergence, results)</source>
            <translation type="vanished">最後に起きたこと (エラー、発散、結果)</translation>
        </message>
        <message>
            <source>Views of the training run</source>
            <translation type="vanished">学習のようすを見るための表示</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation type="vanished">数字を描く</translation>
        </message>
        <message>
            <source>Loss per mini-batch and accuracy per epoch</source>
            <translation type="vanished">ミニバッチごとの損失とエポックごとの認識精度</translation>
        </message>
        <message>
            <source>Draw a digit and see what the current network thinks it is</source>
            <translation type="vanished">数字を描いて、現在のネットワークが何と認識するかを見る</translation>
        </message>
        <message>
            <source>Data</source>
            <translation type="vanished">データ</translation>
        </message>
        <message>
            <source>Folder of IDX files…</source>
            <translation type="vanished">IDXファイルのフォルダー…</translation>
        </message>
        <message>
            <source>The dataset to train on: MNIST digits, Fashion-MNIST clothes, or any folder holding the four IDX files</source>
            <translation type="vanished">学習に使うデータセット: MNISTの数字、Fashion-MNISTの衣類、または4つのIDXファイルのある任意のフォルダー</translation>
        </message>
        <message>
            <source>Data folder…</source>
            <translation type="vanished">データフォルダー…</translation>
        </message>
        <message>
            <source>The folder holding mnist/ and fashion-mnist/ (remembered; the DLFS_DATA variable also sets it)</source>
            <translation type="vanished">mnist/ と fashion-mnist/ のあるフォルダー (記憶されます。環境変数 DLFS_DATA でも設定できます)</translation>
        </message>
        <message>
            <source>Which dataset is loaded and where it came from</source>
            <translation type="vanished">読み込んだデータセットとその入手元</translation>
        </message>
        <message>
            <source>The first training images with their labels</source>
            <translation type="vanished">先頭の訓練画像とそのラベル</translation>
        </message>
        <message>
            <source>Network</source>
            <translation type="vanished">ネットワーク</translation>
        </message>
        <message>
            <source>A network of the book with its hyperparameters; change any of them below</source>
            <translation type="vanished">本書のネットワークとそのハイパーパラメータ。下の欄でどれでも変更できます</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation type="vanished">プリセット</translation>
        </message>
        <message>
            <source>Hidden layer sizes, e.g. 50, or 100, 100, 100 for several layers</source>
            <translation type="vanished">隠れ層のサイズ。例: 50、複数の層なら 100, 100, 100</translation>
        </message>
        <message>
            <source>Hidden sizes</source>
            <translation type="vanished">隠れ層のサイズ</translation>
        </message>
        <message>
            <source>Activation function of the hidden layers (chapter 3)</source>
            <translation type="vanished">隠れ層の活性化関数 (3章)</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation type="vanished">活性化関数</translation>
        </message>
        <message>
            <source>Initial weight scale: a standard deviation such as 0.01, or He (for ReLU) / Xavier (for sigmoid), section 6.2</source>
            <translation type="vanished">重みの初期値のスケール: 0.01 のような標準偏差、または He (ReLU用) / Xavier (シグモイド用)。6.2節</translation>
        </message>
        <message>
            <source>Weight init</source>
            <translation type="vanished">重みの初期値</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation type="vanished">Batch Normalization</translation>
        </message>
        <message>
            <source>Insert BatchNorm before each activation (section 6.3; chapter 6 preset only)</source>
            <translation type="vanished">各活性化関数の前に Batch Normalization を挿入 (6.3節。6章のプリセットのみ)</translation>
        </message>
        <message>
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation type="vanished">学習時に Dropout で消去する隠れ層のニューロンの割合、0〜0.99 (6.4.3節。6章のプリセットのみ)</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation type="vanished">Dropout</translation>
        </message>
        <message>
            <source>Weight decay λ: adds 0.5·λ·ΣW² to the loss (section 6.4.2; chapter 6 preset only)</source>
            <translation type="vanished">Weight decay λ: 損失に 0.5·λ·ΣW² を加える (6.4.2節。6章のプリセットのみ)</translation>
        </message>
        <message>
            <source>Weight decay λ</source>
            <translation type="vanished">Weight decay λ</translation>
        </message>
        <message>
            <source>Update rule (chapter 6); can be changed while training</source>
            <translation type="vanished">パラメータの更新方法 (6章)。学習中でも変更できます</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation type="vanished">最適化手法</translation>
        </message>
        <message>
            <source>The optimizer's own settings as name=value pairs, e.g. momentum=0.9 (Momentum, Nesterov), decay_rate=0.99 (RMSprop), beta1=0.9, beta2=0.999 (Adam); empty = the book's values shown in grey</source>
            <translation type="vanished">最適化手法固有の設定を name=value の形で。例: momentum=0.9 (Momentum, Nesterov)、decay_rate=0.99 (RMSprop)、beta1=0.9, beta2=0.999 (Adam)。空欄なら灰色で表示された本書の値を使います</translation>
        </message>
        <message>
            <source>Optimizer settings</source>
            <translation type="vanished">最適化手法の設定</translation>
        </message>
        <message>
            <source>Learning rate; press Enter to change it while training</source>
            <translation type="vanished">学習率。学習中でもEnterで変更できます</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation type="vanished">学習率</translation>
        </message>
        <message>
            <source>Images per mini-batch</source>
            <translation type="vanished">ミニバッチあたりの画像数</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation type="vanished">バッチサイズ</translation>
        </message>
        <message>
            <source>book (random batches, iterations)</source>
            <translation type="vanished">本書どおり (ランダムなバッチ、繰り返し回数)</translation>
        </message>
        <message>
            <source>epochs (shuffled passes)</source>
            <translation type="vanished">エポック (シャッフルして一巡)</translation>
        </message>
        <message>
            <source>Book: mini-batches drawn at random with replacement for a number of iterations, as train_neuralnet.py; epochs: each epoch visits every training image once</source>
            <translation type="vanished">本書: train_neuralnet.py と同じく、指定した繰り返し回数だけミニバッチを復元抽出でランダムに選ぶ。エポック: 各エポックで全訓練画像を1回ずつ使う</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation type="vanished">モード</translation>
        </message>
        <message>
            <source>Number of mini-batches (book mode)</source>
            <translation type="vanished">ミニバッチの数 (本書モード)</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation type="vanished">繰り返し回数</translation>
        </message>
        <message>
            <source>Number of passes over the training set (epochs mode)</source>
            <translation type="vanished">訓練データを何周するか (エポックモード)</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation type="vanished">エポック数</translation>
        </message>
        <message>
            <source>Random seed of the initial weights and the mini-batches: the same seed replays the same run exactly</source>
            <translation type="vanished">重みの初期値とミニバッチの乱数シード: 同じシードなら、まったく同じ学習を再現します</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation type="vanished">乱数シード</translation>
        </message>
        <message>
            <source>Train on the first N images only (0 = all); useful for the slow convolutional network</source>
            <translation type="vanished">先頭の N 枚だけで学習 (0 = すべて)。遅い畳み込みネットワークで便利です</translation>
        </message>
        <message>
            <source>all</source>
            <translation type="vanished">すべて</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation type="vanished">訓練画像</translation>
        </message>
        <message>
            <source>Evaluate on the first N test images only (0 = all)</source>
            <translation type="vanished">先頭の N 枚のテスト画像だけで評価 (0 = すべて)</translation>
        </message>
        <message>
            <source>Test images</source>
            <translation type="vanished">テスト画像</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="vanished">開始</translation>
        </message>
        <message>
            <source>Train a freshly initialised network with these settings (a loaded model is trained further)</source>
            <translation type="vanished">この設定で初期化したネットワークを学習 (読み込んだモデルはさらに学習)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation type="vanished">一時停止</translation>
        </message>
        <message>
            <source>Pause or resume training</source>
            <translation type="vanished">学習を一時停止・再開する</translation>
        </message>
        <message>
            <source>Step</source>
            <translation type="vanished">1ステップ</translation>
        </message>
        <message>
            <source>Train exactly one mini-batch, then pause</source>
            <translation type="vanished">ミニバッチ1つ分だけ学習して一時停止</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="vanished">停止</translation>
        </message>
        <message>
            <source>End the run; the network keeps what it learned</source>
            <translation type="vanished">学習を終了します。ネットワークは学習した内容を保持します</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation type="vanished">リセット</translation>
        </message>
        <message>
            <source>Stop, clear the curves and re-initialise the weights from the seed</source>
            <translation type="vanished">停止して曲線を消去し、シードから重みを初期化し直す</translation>
        </message>
        <message>
            <source>Save the trained network as .npz (once it has been trained or loaded: an untrained network is just its seed)</source>
            <translation type="vanished">学習したネットワークを .npz で保存 (学習後または読み込み後に可能。未学習のネットワークはシードだけで決まります)</translation>
        </message>
        <message>
            <source>Save model…</source>
            <translation type="vanished">モデルを保存…</translation>
        </message>
        <message>
            <source>Load model…</source>
            <translation type="vanished">モデルを読み込む…</translation>
        </message>
        <message>
            <source>Load a network saved as .npz</source>
            <translation type="vanished">.npz で保存したネットワークを読み込む</translation>
        </message>
        <message>
            <source>Logarithmic loss axis</source>
            <translation type="vanished">損失を対数目盛で表示</translation>
        </message>
        <message>
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation type="vanished">損失を対数目盛で表示: 後半のゆっくりした改善も見えるようになります</translation>
        </message>
        <message>
            <source>Moving average over</source>
            <translation type="vanished">移動平均:</translation>
        </message>
        <message>
            <source> iterations</source>
            <translation type="vanished"> 回</translation>
        </message>
        <message>
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation type="vanished">ミニバッチの損失 (生値) に重ねて描く移動平均の幅</translation>
        </message>
        <message>
            <source>Fit view</source>
            <translation type="vanished">全体を表示</translation>
        </message>
        <message>
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation type="vanished">ズームアウトして全データを表示 (グラフ上でドラッグやスクロールするとズーム)</translation>
        </message>
        <message>
            <source>Training loss per mini-batch</source>
            <translation type="vanished">ミニバッチごとの訓練データの損失</translation>
        </message>
        <message>
            <source>cross-entropy loss</source>
            <translation type="vanished">交差エントロピー誤差</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation type="vanished">繰り返し</translation>
        </message>
        <message>
            <source>mini-batch loss (raw)</source>
            <translation type="vanished">ミニバッチの損失 (生値)</translation>
        </message>
        <message>
            <source>moving average</source>
            <translation type="vanished">移動平均</translation>
        </message>
        <message>
            <source>Accuracy after each epoch</source>
            <translation type="vanished">エポックごとの認識精度</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation type="vanished">認識精度</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation type="vanished">エポック</translation>
        </message>
        <message>
            <source>train accuracy</source>
            <translation type="vanished">訓練データの認識精度</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation type="vanished">テストデータの認識精度</translation>
        </message>
        <message>
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −)</source>
            <translation type="vanished">第1層の重み: 隠れ層のニューロンごとに28×28の画像 (赤 +, 青 −)</translation>
        </message>
        <message>
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation type="vanished">各タイルは784ピクセルから隠れ層の1つのニューロンへの重み: そのニューロンが反応するパターンです</translation>
        </message>
        <message>
            <source>How the hidden activations are spread over a sample of test images; dead ReLUs and saturated sigmoids stop learning (section 6.2)</source>
            <translation type="vanished">テスト画像の標本に対する隠れ層のアクティベーションの分布。死んだReLUや飽和したシグモイドは学習が止まります (6.2節)</translation>
        </message>
        <message>
            <source>Rows: true label; columns: predicted label; the diagonal holds the correct answers (updated after each epoch)</source>
            <translation type="vanished">行: 正解ラベル、列: 予測ラベル。対角線上が正解です (エポックごとに更新)</translation>
        </message>
        <message>
            <source>Test images the network got wrong, most confident first</source>
            <translation type="vanished">ネットワークが誤認識したテスト画像 (確信度の高い順)</translation>
        </message>
        <message>
            <source>Draw a digit with the left mouse button; right click clears</source>
            <translation type="vanished">左ボタンで数字を描く。右クリックで消去</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation type="vanished">消去</translation>
        </message>
        <message>
            <source>Erase the drawing</source>
            <translation type="vanished">描いた絵を消す</translation>
        </message>
        <message>
            <source>The class with the highest probability</source>
            <translation type="vanished">確率が最も高いクラス</translation>
        </message>
        <message>
            <source>as the network sees it (28×28)</source>
            <translation type="vanished">ネットワークから見た画像 (28×28)</translation>
        </message>
        <message>
            <source>Your drawing preprocessed like MNIST: cropped, scaled to fit 20×20, centred by its centre of mass in 28×28</source>
            <translation type="vanished">MNISTと同じように前処理した絵: 切り抜き、20×20 に収まるよう拡大縮小し、28×28 の中で重心を中央に配置</translation>
        </message>
        <message>
            <source>Softmax probabilities of the current network for your drawing</source>
            <translation type="vanished">描いた絵に対する現在のネットワークのソフトマックス関数の出力 (確率)</translation>
        </message>
        <message>
            <source>Backprop computes all the gradients in one backward pass; the numerical gradient needs two loss evaluations per parameter. Both are computed on the same mini-batch (in float64) and compared.</source>
            <translation type="vanished">誤差逆伝播法は1回の逆方向の計算ですべての勾配を求めますが、数値微分はパラメータ1つにつき損失を2回計算する必要があります。両方を同じミニバッチで (float64 で) 計算して比べます。</translation>
        </message>
        <message>
            <source>Images</source>
            <translation type="vanished">画像数</translation>
        </message>
        <message>
            <source>Training images in the mini-batch both gradients are computed on</source>
            <translation type="vanished">両方の勾配を計算するミニバッチの訓練画像数</translation>
        </message>
        <message>
            <source>Entries per parameter</source>
            <translation type="vanished">パラメータごとの要素数</translation>
        </message>
        <message>
            <source>How many randomly chosen entries of each parameter array get a numerical gradient; enlarge it to check more</source>
            <translation type="vanished">各パラメータ配列からランダムに選んで数値微分する要素の数。増やすとより多く確認できます</translation>
        </message>
        <message>
            <source>All parameters (slow)</source>
            <translation type="vanished">全パラメータ (遅い)</translation>
        </message>
        <message>
            <source>The full numerical gradient: about a minute for 784-50-10</source>
            <translation type="vanished">すべての要素を数値微分: 784-50-10 で約1分</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation type="vanished">比較</translation>
        </message>
        <message>
            <source>Compute both gradients of the current network and compare them</source>
            <translation type="vanished">現在のネットワークで両方の勾配を計算して比べる</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">キャンセル</translation>
        </message>
        <message>
            <source>Stop the numerical gradient</source>
            <translation type="vanished">数値微分を中止する</translation>
        </message>
        <message>
            <source>Numerical gradient entries done</source>
            <translation type="vanished">数値微分を終えた要素</translation>
        </message>
        <message>
            <source>Measured times of both methods</source>
            <translation type="vanished">両方の方法の計測時間</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation type="vanished">パラメータ</translation>
        </message>
        <message>
            <source>shape</source>
            <translation type="vanished">形状</translation>
        </message>
        <message>
            <source>entries checked</source>
            <translation type="vanished">確認した要素数</translation>
        </message>
        <message>
            <source>max |num − backprop|</source>
            <translation type="vanished">最大 |数値 − 逆伝播|</translation>
        </message>
        <message>
            <source>mean |num − backprop|</source>
            <translation type="vanished">平均 |数値 − 逆伝播|</translation>
        </message>
        <message>
            <source>Differences of the order 1e-8 or less mean backprop is right</source>
            <translation type="vanished">差が 1e-8 程度以下なら、誤差逆伝播法は正しく実装されています</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation type="vanished">再開</translation>
        </message>
        <message>
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation type="vanished">mnist/ と fashion-mnist/ のあるフォルダー</translation>
        </message>
        <message>
            <source>Loading %1 clears the results of this network.</source>
            <translation type="vanished">%1 を読み込むと、このネットワークの結果は消去されます。</translation>
        </message>
        <message>
            <source>Folder holding the four IDX files</source>
            <translation type="vanished">4つのIDXファイルのあるフォルダー</translation>
        </message>
        <message>
            <source>The dataset could not be loaded: %1</source>
            <translation type="vanished">データセットを読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>The dataset could not be loaded: %1: %2</source>
            <translation type="vanished">データセットを読み込めませんでした: %1: %2</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="vanished">(なし)</translation>
        </message>
        <message>
            <source>Reset: weights re-initialised from seed %1.</source>
            <translation type="vanished">リセット: シード %1 から重みを初期化し直しました。</translation>
        </message>
        <message>
            <source>Most confident mistakes on the test set (true→predicted, confidence)</source>
            <translation type="vanished">テストデータでの確信度の高い誤認識 (正解→予測, 確信度)</translation>
        </message>
        <message>
            <source>Training stopped: %1. Try a smaller learning rate (e.g. a tenth) and start again.</source>
            <translation type="vanished">学習を停止しました: %1。学習率を小さくして (例えば10分の1)、やり直してください。</translation>
        </message>
        <message>
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation type="vanished">繰り返し %1 / %2 · エポック %3 · %4 枚/秒 · 残り %5</translation>
        </message>
        <message>
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation type="vanished">繰り返し %1 / %2 · エポック %3 · %4 枚/秒 · 経過 %5 · 残り %6 · 学習率 %7</translation>
        </message>
        <message>
            <source>moving average (window %1)</source>
            <translation type="vanished">移動平均 (幅 %1)</translation>
        </message>
        <message>
            <source>Most confident mistakes on the test set at iteration %1 (epoch %2): true→predicted, confidence; test accuracy %3</source>
            <translation type="vanished">繰り返し %1 (エポック %2) でのテストデータの確信度の高い誤認識: 正解→予測, 確信度。テストデータの認識精度 %3</translation>
        </message>
        <message>
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)</source>
            <translation type="vanished">第1層の重み: 隠れ層のニューロンごとに28×28の画像 (赤 +, 青 −, ニューロン %1 個)</translation>
        </message>
        <message>
            <source>Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)</source>
            <translation type="vanished">第1層の畳み込みフィルター: %2×%3 が %1 個 (赤 +, 青 −)</translation>
        </message>
        <message>
            <source>Fix the network settings first</source>
            <translation type="vanished">先にネットワークの設定を直してください</translation>
        </message>
        <message>
            <source>It looks like %1 (%2%)</source>
            <translation type="vanished">%1 のようです (%2%)</translation>
        </message>
        <message>
            <source>Save model</source>
            <translation type="vanished">モデルを保存</translation>
        </message>
        <message>
            <source>NumPy model (*.npz)</source>
            <translation type="vanished">NumPyモデル (*.npz)</translation>
        </message>
        <message>
            <source>Loading a model replaces it.</source>
            <translation type="vanished">モデルを読み込むと置き換えられます。</translation>
        </message>
        <message>
            <source>Load model</source>
            <translation type="vanished">モデルを読み込む</translation>
        </message>
        <message>
            <source>There is no valid network to save.</source>
            <translation type="vanished">保存できるネットワークがありません。</translation>
        </message>
        <message>
            <source>Could not save the model: %1</source>
            <translation type="vanished">モデルを保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Saved the model to %1.</source>
            <translation type="vanished">モデルを %1 に保存しました。</translation>
        </message>
        <message>
            <source>A training run on %1 is going on (iteration %2 of %3); its network is not saved.</source>
            <translation type="vanished">%1 で学習中です (繰り返し %3 回中 %2 回目)。そのネットワークは保存されていません。</translation>
        </message>
        <message>
            <source>Unsaved network</source>
            <translation type="vanished">未保存のネットワーク</translation>
        </message>
        <message>
            <source>Save the network first?</source>
            <translation type="vanished">先にネットワークを保存しますか?</translation>
        </message>
        <message>
            <source>Could not load the model: %1</source>
            <translation type="vanished">モデルを読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>Loaded %1; Start trains it further.</source>
            <translation type="vanished">%1 を読み込みました。「開始」でさらに学習します。</translation>
        </message>
        <message>
            <source>Model %1 loaded.</source>
            <translation type="vanished">モデル %1 を読み込みました。</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation type="vanished">計算中…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation type="vanished">キャンセルしました。</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="vanished">失敗しました: %1</translation>
        </message>
        <message>
            <source>Numerical gradient: %1 of %2 entries (%3), %4 s…</source>
            <translation type="vanished">数値微分による勾配: %2 個中 %1 個 (%3)、%4 秒…</translation>
        </message>
        <message>
            <source>largest backprop gradient entry checked: %1</source>
            <translation type="vanished">確認した要素での、誤差逆伝播法の勾配の最大絶対値: %1</translation>
        </message>
        <message>
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation type="vanished">誤差逆伝播法: 全 %2 要素の勾配で %1 ms。数値微分: %4 要素で %3 秒 (全 %2 要素なら約 %5 秒、%6 倍遅い)。%7</translation>
        </message>
        <message>
            <source>They agree (max difference %1).</source>
            <translation type="vanished">一致しています (最大差 %1)。</translation>
        </message>
        <message>
            <source>They differ by up to %1!</source>
            <translation type="vanished">最大 %1 の差があります!</translation>
        </message>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNISTの学習</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="119" />
            <source>Loading %1…</source>
            <translation>%1 を読み込み中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="137" />
            <source>Loaded %1.</source>
            <translation>%1 を読み込みました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="176" />
            <location filename="../../app/panels/training/panel.py" line="417" />
            <location filename="../../app/panels/training/sessions.py" line="85" />
            <source>Load a dataset first.</source>
            <translation>先にデータセットを読み込んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="195" />
            <source>Only runs trained in this view can be forked.</source>
            <translation>分岐できるのは、このビューで学習した実行だけです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="233" />
            <source>Training the loaded model further.</source>
            <translation>読み込んだモデルをさらに学習させます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="235" />
            <source>Training %1, a fork of %2 from iteration %3…</source>
            <translation>%1 を学習中（%2 のイテレーション %3 からの分岐）…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="237" />
            <location filename="../../app/panels/training/controller.py" line="387" />
            <source>Training…</source>
            <translation>学習中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="273" />
            <source>Learning rate set to %1 from iteration %2.</source>
            <translation>繰り返し %2 から学習率を %1 にしました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="288" />
            <source>Switched to %1 (fresh optimizer state).</source>
            <translation>%1 に切り替えました (最適化手法の状態は初期化)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="333" />
            <source>Stop the run before deleting it.</source>
            <translation>削除する前に実行を停止してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="400" />
            <source>Paused at iteration %1.</source>
            <translation>繰り返し %1 で一時停止中。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="406" />
            <location filename="../../app/panels/training/controller.py" line="433" />
            <source>Stopped at iteration %1; the network keeps what it learned.</source>
            <translation>繰り返し %1 で停止しました。ネットワークは学習した内容を保持しています。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="416" />
            <source>Training failed: %1</source>
            <translation>学習に失敗しました: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="458" />
            <source>Nothing to save yet: train the network (or load a model) first.</source>
            <translation>保存できるものはまだありません: 先にネットワークを学習させてください (またはモデルを読み込んでください)。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="135" />
            <source>Model %1: trained for %n iteration(s) on %2, test accuracy %3.</source>
            <translation>
                <numerusform>モデル %1: %2 で %n 回の繰り返し学習、テストデータの認識精度 %3。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="200" />
            <location filename="../../app/panels/training/dialogs.py" line="213" />
            <source>The network trained for %n iteration(s) on %1 is not saved.</source>
            <translation>
                <numerusform>%1 で %n 回の繰り返し学習したネットワークは保存されていません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/dialogs.py" line="202" />
            <source>%n trained run(s) on %1 are not saved.</source>
            <translation>
                <numerusform>%1 で学習した %n 件の実行が保存されていません。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="27" />
            <source>There is no loss curve yet: start a training run first.</source>
            <translation>損失の曲線はまだありません: 先に学習を開始してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="34" />
            <source>There is no accuracy yet: the first evaluation comes after the first mini-batch (book mode) or the first epoch.</source>
            <translation>認識精度はまだありません: 最初の評価は、最初のミニバッチ (本書モード) または最初のエポックの後に行われます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="44" />
            <source>There is no confusion matrix yet: it is computed when a run ends (and after each epoch while the Errors tab is open).</source>
            <translation>混同行列はまだありません: 学習の終了時 (および「誤認識」タブを開いている間は各エポックの後) に計算されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="54" />
            <source>There are no activation histograms yet: they are computed while training and when a run ends.</source>
            <translation>アクティベーション分布はまだありません: 学習中と学習の終了時に計算されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="91" />
            <source>Loss curve</source>
            <translation>損失の曲線</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="92" />
            <source>Accuracy per epoch</source>
            <translation>エポックごとの認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="93" />
            <source>Confusion matrix</source>
            <translation>混同行列</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="95" />
            <source>Activation histograms</source>
            <translation>アクティベーション分布</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspection.py" line="163" />
            <source>%1, iteration %2</source>
            <translation>%1、イテレーション %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="78" />
            <source>Views of the training runs</source>
            <extracomment>Widgets of the parts, reachable on the panel by the same names (tests, benchmarks, the main window).</extracomment>
            <translation>各実行の学習のようすを見るための表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="85" />
            <source>Curves</source>
            <translation>曲線</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="85" />
            <source>Loss per mini-batch and accuracy per epoch of every visible run</source>
            <translation>表示中の各実行の、ミニバッチごとの損失とエポックごとの認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="87" />
            <source>Weights &amp;&amp; activations</source>
            <translation>重みとアクティベーション</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="88" />
            <source>First-layer weights as images and the distribution of hidden activations</source>
            <translation>第1層の重みの画像と、隠れ層のアクティベーション分布</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="89" />
            <source>Errors</source>
            <translation>誤認識</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="89" />
            <source>Confusion matrix and the most confident mistakes on the test set</source>
            <translation>混同行列と、テストデータでの確信度の高い誤認識</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="91" />
            <source>Draw</source>
            <translation>手書き</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="91" />
            <source>Draw and see what the network shown thinks it is</source>
            <translation>絵を描いて、表示中のネットワークが何と認識するかを見る</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="92" />
            <source>Gradient check</source>
            <translation>勾配確認</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/layout.py" line="93" />
            <source>Compare backprop with the numerical gradient (book section 5.7.3)</source>
            <translation>誤差逆伝播法と数値微分による勾配を比べる (本書5.7.3節)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="183" />
            <source>Reset: weights initialised from seed %1; the previous runs stay in the list.</source>
            <translation>リセット: シード %1 で重みを初期化しました。これまでの実行は一覧に残ります。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="224" />
            <source>Fork of %1 from iteration %2: change the learning rate, the optimizer or weight decay, then press Start fork.</source>
            <translation>%1 のイテレーション %2 からの分岐: 学習率、最適化手法、Weight decay のどれかを変えてから「分岐を開始」を押してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="250" />
            <source>%1: %2 training and %3 test images from %4</source>
            <translation>%1: 訓練画像 %2 枚、テスト画像 %3 枚 (%4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="256" />
            <source>Labels: %1</source>
            <translation>ラベル: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="262" />
            <source>%1 loaded (%2 training and %3 test images): press Start to train.</source>
            <translation>%1 を読み込みました (訓練画像 %2 枚、テスト画像 %3 枚)。「開始」を押すと学習します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="269" />
            <source>No dataset loaded</source>
            <translation>データセット未読み込み</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="270" />
            <source>Load a dataset to begin.</source>
            <translation>データセットを読み込んで始めましょう。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="319" />
            <source>%1 at iteration %2</source>
            <translation>%1（イテレーション %2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="327" />
            <source> — untrained network</source>
            <translation> — 未学習のネットワーク</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="439" />
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="64" />
            <source>Ch. 4: TwoLayerNet, sigmoid (book)</source>
            <translation>4章: TwoLayerNet, シグモイド関数 (本書)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="65" />
            <source>book, ch. 4: test acc ≈ 0.946</source>
            <translation>本書4章: テスト精度 ≈ 0.946</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="66" />
            <source>784-50-10 with sigmoid, SGD lr 0.1, batch 100, 10,000 iterations: train_neuralnet.py of chapter 4</source>
            <translation>784-50-10、シグモイド、SGD 学習率 0.1、バッチ 100、10,000 回の繰り返し: 4章の train_neuralnet.py</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="67" />
            <source>Ch. 5: TwoLayerNet, ReLU (book)</source>
            <translation>5章: TwoLayerNet, ReLU (本書)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="68" />
            <source>book, ch. 5: test acc ≈ 0.97</source>
            <translation>本書5章: テスト精度 ≈ 0.97</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="69" />
            <source>the same network with ReLU and backprop, as in chapter 5's train_neuralnet.py</source>
            <translation>同じネットワークを ReLU と誤差逆伝播法で (5章の train_neuralnet.py と同じ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="70" />
            <source>Ch. 6: MultiLayerNet (init, BatchNorm, dropout, decay)</source>
            <translation>6章: MultiLayerNet (初期値, Batch Normalization, Dropout, Weight decay)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="73" />
            <source>five layers with the options of chapter 6; try BatchNorm, dropout and weight decay</source>
            <translation>6章のオプション付きの5層ネットワーク。Batch Normalization、Dropout、Weight decay を試してみよう</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="74" />
            <source>Ch. 7: SimpleConvNet (slow: subset)</source>
            <translation>7章: SimpleConvNet (低速: データの一部)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="78" />
            <source>conv 30x5x5 - ReLU - pool - affine 100 - ReLU - affine 10; trains on a subset because it is slow</source>
            <translation>conv 30x5x5 - ReLU - pool - affine 100 - ReLU - affine 10。遅いのでデータの一部で学習します</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="90" />
            <source>“%1” is not a number</source>
            <translation>「%1」は数値ではありません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="92" />
            <source>must be a finite number</source>
            <translation>有限の数でなければなりません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="94" />
            <source>must be greater than 0</source>
            <translation>0より大きくなければなりません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="96" />
            <source>must be at least %1</source>
            <translation>%1 以上でなければなりません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="98" />
            <source>must be less than %1</source>
            <translation>%1 未満でなければなりません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="106" />
            <source>give at least one hidden layer size, e.g. 50 or 100, 100</source>
            <translation>隠れ層のサイズを1つ以上指定してください (例: 50 や 100, 100)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="112" />
            <source>“%1” is not a whole number</source>
            <translation>「%1」は整数ではありません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="114" />
            <source>each size must lie between 1 and 4096</source>
            <translation>各サイズは1〜4096でなければなりません</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="117" />
            <source>at most 8 hidden layers</source>
            <translation>隠れ層は最大8層です</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="129" />
            <source>type a standard deviation such as 0.01, or choose he or xavier</source>
            <translation>0.01 のような標準偏差を入力するか、he または xavier を選んでください</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="141" />
            <source>TwoLayerNet has exactly one hidden layer; use the chapter 6 preset for more</source>
            <translation>TwoLayerNet の隠れ層は1層だけです。複数の層には6章のプリセットを使ってください</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="144" />
            <source>TwoLayerNet takes a number here (the book uses 0.01)</source>
            <translation>TwoLayerNet ではここに数値を入力します (本書では 0.01)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="155" />
            <source>SimpleConvNet has one hidden affine layer (the book uses 100)</source>
            <translation>SimpleConvNet の隠れ層 (Affine) は1つです (本書では 100)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="157" />
            <source>SimpleConvNet takes a number here (the book uses 0.01)</source>
            <translation>SimpleConvNet ではここに数値を入力します (本書では 0.01)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="174" />
            <source>write name=value pairs, e.g. momentum=0.9</source>
            <translation>name=value の形で書いてください (例: momentum=0.9)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="176" />
            <source>set the learning rate in its own field</source>
            <translation>学習率は専用の欄で設定してください</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/reference.py" line="51" />
            <source>(other settings: %1)</source>
            <translation>（設定が異なります: %1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="27" />
            <source>There is no run to save yet (loaded models are saved with Save model…).</source>
            <translation>保存できる実行はまだありません (読み込んだモデルは「モデルを保存…」で保存します)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="31" />
            <source>Stop the run before saving the session.</source>
            <translation>セッションを保存する前に実行を停止してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="36" />
            <source>Could not save the runs: %1</source>
            <translation>実行を保存できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="41" />
            <source>Saved %1 run(s) to %2.</source>
            <translation>%1 件の実行を %2 に保存しました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="43" />
            <source>Loaded models are not part of a session (save them with Save model…).</source>
            <translation>読み込んだモデルはセッションに含まれません (「モデルを保存…」で保存してください)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="82" />
            <source>Could not open the runs: %1</source>
            <translation>実行を開けませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="99" />
            <source>Opened %1 run(s) from %2.</source>
            <translation>%2 から %1 件の実行を開きました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/sessions.py" line="101" />
            <source>They were trained on %1: load that dataset to inspect them.</source>
            <translation>これらは %1 で学習したものです。詳しく見るには、そのデータセットを読み込んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="54" />
            <source>The run on %1 was stopped at iteration %2; its results were cleared.</source>
            <translation>%1 での学習は繰り返し %2 で停止し、その結果は消去されました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="57" />
            <source>The results of the run on %1 were cleared.</source>
            <translation>%1 での学習の結果は消去されました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="69" />
            <source>The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must hold finite numbers.</source>
            <translation>パラメータ（重み・バイアス）が有限の数ではない（inf または NaN）ため、保存できません。モデルファイルには有限の数しか保存できません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="78" />
            <source>the loss diverged</source>
            <translation>損失が発散しました</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="91" />
            <source>Weight decay λ = %1 is too strong: its term 0.5·λ·ΣW² is %2 at the start and lr·λ = %3 (above 1, each step flips and grows the weights). Lower λ (the book uses 0.1 or less).</source>
            <translation>Weight decay λ = %1 は強すぎます: その項 0.5·λ·ΣW² は最初に %2、lr·λ = %3 です (1 を超えると、ステップごとに重みの符号が反転して大きくなります)。λ を小さくしてください (本書では 0.1 以下)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="95" />
            <source>The loss was far too large from the first mini-batch (%1, where a fresh network starts near %2): the initial weights (init %3) are too large. Try 0.01, or He / Xavier.</source>
            <translation>最初のミニバッチから損失が大きすぎました (%1。初期化したばかりのネットワークなら %2 付近から始まります): 重みの初期値 (%3) が大きすぎます。0.01 か、He / Xavier を試してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="99" />
            <source>Try a smaller learning rate (e.g. a tenth of %1) and start again.</source>
            <translation>学習率を小さくして（例: %1 の10分の1）やり直してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="101" />
            <source>Training stopped: %1.</source>
            <translation>学習を停止しました: %1。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="129" />
            <source>Finished %n iteration(s) in %1: test accuracy %2.</source>
            <translation>
                <numerusform>%n 回の繰り返しを %1 で完了: テストデータの認識精度 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="132" />
            <source>Finished %n iteration(s) in %1: test accuracy %2 (the last evaluation during the run, at iteration %3, gave %4).</source>
            <translation>
                <numerusform>%n 回の繰り返しを %1 で完了: テストデータの認識精度 %2 (学習中の最後の評価、繰り返し %3 では %4)。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/training/texts.py" line="137" />
            <source>Finished %n iteration(s) in %1: test accuracy %2 (last evaluation, at iteration %3).</source>
            <translation>
                <numerusform>%n 回の繰り返しを %1 で完了: テストデータの認識精度 %2 (最後の評価は繰り返し %3)。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/panels/training/texts.py" line="141" />
            <source>The book reports about %1.</source>
            <translation>本書では約 %1 です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="241" />
            <source>Confusion matrix (test set)</source>
            <translation>混同行列 (テストデータ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="242" />
            <source>true label</source>
            <translation>正解ラベル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="243" />
            <location filename="../../app/panels/training/views.py" line="267" />
            <source>predicted label</source>
            <translation>予測ラベル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="271" />
            <source>predicted label (numbered as the rows)</source>
            <translation>予測ラベル（番号は行と同じ）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="307" />
            <source>Network's probabilities</source>
            <translation>ネットワークの出力確率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="309" />
            <source>probability</source>
            <translation>確率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="310" />
            <source>class</source>
            <translation>クラス</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="352" />
            <source>Activation histograms (test sample)</source>
            <translation>アクティベーション分布 (テスト標本)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="353" />
            <source>share of units</source>
            <translation>ニューロンの割合</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="354" />
            <source>activation value</source>
            <translation>アクティベーション</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="385" />
            <source>dead units %1%</source>
            <translation>死んだニューロン %1%</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="387" />
            <source>saturated %1%</source>
            <translation>飽和 %1%</translation>
        </message>
    </context>
    <context>
        <name>ValueLabel</name>
        <message>
            <location filename="../../app/widgets/value_label.py" line="31" />
            <source>The exact value, as Python's repr prints it (double-click to copy)</source>
            <translation>Python の repr が表示する正確な値 (ダブルクリックでコピー)</translation>
        </message>
    </context>
    <context>
        <name>VectorField</name>
        <message>
            <location filename="../../app/widgets/number_field.py" line="33" />
            <source>The field is empty: type numbers separated by commas.</source>
            <translation>空欄です: カンマ区切りで数値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="41" />
            <source>“%1” (value %2) is not a number.</source>
            <translation>%2 番目の値「%1」は数値ではありません。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="44" />
            <source>Value %1 is NaN (not a number); use a real number.</source>
            <translation>%1 番目の値が NaN (非数) です。実数を使ってください。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="46" />
            <source>Value %1 is infinite; use a finite number.</source>
            <translation>%1 番目の値が無限大です。有限の数を使ってください。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="48" />
            <source>Value %1 is negative (%2); probabilities cannot be negative.</source>
            <translation>%1 番目の値が負です (%2)。確率は負になりません。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="51" />
            <source>Value %1 (%2) is below the minimum %3.</source>
            <translation>%1 番目の値 (%2) が最小値 %3 を下回っています。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="54" />
            <source>Value %1 (%2) is above the maximum %3.</source>
            <translation>%1 番目の値 (%2) が最大値 %3 を上回っています。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="58" />
            <source>Expected %1 values, got %2.</source>
            <translation>%1 個の値が必要ですが、%2 個です。</translation>
        </message>
        <message>
            <location filename="../../app/widgets/number_field.py" line="92" />
            <source>Numbers separated by commas; press Enter to apply</source>
            <translation>カンマ区切りの数値。Enterで適用</translation>
        </message>
    </context>
    <context>
        <name>WeightsTab</name>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="38" />
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −)</source>
            <extracomment>Mistakes shown in presentation mode, and their columns (fewer, bigger tiles whose captions fit).</extracomment>
            <translation>第1層の重み: 隠れ層のニューロンごとに28×28の画像 (赤 +, 青 −)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="41" />
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation>各タイルは784ピクセルから隠れ層の1つのニューロンへの重み: そのニューロンが反応するパターンです</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="50" />
            <source>How the hidden activations are spread over a sample of test images; dead ReLUs and saturated sigmoids stop learning (section 6.2)</source>
            <translation>テスト画像の標本に対する隠れ層のアクティベーションの分布。死んだReLUや飽和したシグモイドは学習が止まります (6.2節)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="58" />
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)</source>
            <translation>第1層の重み: 隠れ層のニューロンごとに28×28の画像 (赤 +, 青 −, ニューロン %1 個)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="61" />
            <source>Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)</source>
            <translation>第1層の畳み込みフィルター: %2×%3 が %1 個 (赤 +, 青 −)</translation>
        </message>
    </context>
    <context>
        <name>_Placeholder</name>
        <message>
            <location filename="../../app/main_window.py" line="430" />
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
    </context>
</TS>
