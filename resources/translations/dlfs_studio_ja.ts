<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../app/panels/training/curves.py" line="104" />
            <source>Logarithmic loss axis</source>
            <extracomment>Most points drawn for a moving average (a thick antialiased line costs per point). Minimum seconds between two redraws of a running run's loss curve. What was drawn last (symbols are costly to set again): (number of evaluations, fork point).</extracomment>
            <translation>損失を対数目盛で表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="105" />
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation>損失を対数目盛で表示: 後半のゆっくりした改善も見えるようになります</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="108" />
            <source>Moving average over</source>
            <translation>移動平均:</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="112" />
            <source> iterations</source>
            <translation> 回</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="113" />
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation>ミニバッチの損失 (生値) に重ねて描く移動平均の幅</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="116" />
            <source>Fit view</source>
            <translation>全体を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="117" />
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation>ズームアウトして全データを表示 (グラフ上でドラッグやスクロールするとズーム)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="126" />
            <source>Training loss per mini-batch</source>
            <translation>ミニバッチごとの訓練データの損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="127" />
            <source>cross-entropy loss</source>
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="128" />
            <source>iteration</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="138" />
            <source>Accuracy (train ●—, test ■ - -)</source>
            <translation>認識精度（訓練 ●—、テスト ■ - -）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="139" />
            <source>accuracy</source>
            <translation>認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="140" />
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="208" />
            <source>train accuracy</source>
            <translation>訓練データの認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="209" />
            <source>test accuracy</source>
            <translation>テストデータの認識精度</translation>
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
            <translation type="unfinished" />
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
            <location filename="../../app/panels/descent/fields.py" line="66" />
            <source>Type a number.</source>
            <translation>数値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="68" />
            <source>Too long for a number.</source>
            <translation>数値としては長すぎます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="73" />
            <source>Type a whole number, e.g. 20.</source>
            <translation>整数を入力してください (例: 20)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="74" />
            <source>Type a number such as 0.1 or 1e-4.</source>
            <translation>0.1 や 1e-4 のような数値を入力してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="76" />
            <source>Must be a finite number.</source>
            <translation>有限の数値でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="78" />
            <source>Must be between {lo} and {hi}.</source>
            <translation>{lo} から {hi} の範囲でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="147" />
            <source>(slider on a log scale)</source>
            <translation>(スライダーは対数目盛)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="266" />
            <source>Not applied; still using {0}.</source>
            <translation>適用されていません。{0} のままです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="291" />
            <source>“{0}” was not applied. {1} Back to {2}.</source>
            <translation>「{0}」は適用されませんでした。{1} {2} に戻しました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="294" />
            <source>An empty field is not applied. Back to {0}.</source>
            <translation>空欄は適用されません。{0} に戻しました。</translation>
        </message>
    </context>
    <context>
        <name>DescentPanel</name>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="33" />
            <source>Descent</source>
            <translation>降下</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="33" />
            <location filename="../../app/panels/descent_panel.py" line="97" />
            <source>Optimizer race</source>
            <translation>最適化手法の競争</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="34" />
            <source>Numerical differentiation</source>
            <translation>数値微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="35" />
            <source>One optimizer walking down a surface, step by step (figures 4-9, 4-10).</source>
            <translation>1つの最適化手法が曲面を1ステップずつ下っていく様子 (図4-9、図4-10)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="36" />
            <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6).</source>
            <translation>SGD、Momentum、Nesterov、AdaGrad、RMSprop、Adam を同じ開始点から比べる (6章)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="37" />
            <source>Forward and central differences and why the book picks h = 1e-4 (section 4.3).</source>
            <translation>前方差分と中心差分、そして本書が h = 1e-4 を選ぶ理由 (4.3節)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="79" />
            <source>Gradient descent</source>
            <translation>勾配降下法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="93" />
            <source>Descent map</source>
            <translation>降下マップ</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="94" />
            <source>f(x) over iterations</source>
            <translation>繰り返しごとの f(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="95" />
            <source>Step ledger</source>
            <translation>ステップ記録</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="98" />
            <source>Figure 6-8 (2×2)</source>
            <translation>図6-8 (2×2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="100" />
            <source>Numerical differentiation: f and tangents</source>
            <translation>数値微分: f と接線</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="101" />
            <source>Numerical differentiation: error against h</source>
            <translation>数値微分: h に対する誤差</translation>
        </message>
    </context>
    <context>
        <name>DescentView</name>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="220" />
            <source>The update rule (chapter 6); SGD is the book's gradient descent.</source>
            <translation>パラメータの更新方法 (6章)。SGD が本書の勾配降下法です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="222" />
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="225" />
            <source>Learning rate η, used exactly as typed (e.g. 0.1).</source>
            <translation>学習率 η。入力した値をそのまま使います (例: 0.1)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="227" />
            <source>Learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="230" />
            <source>Number of updates (step_num in the book).</source>
            <translation>更新の回数 (本書の step_num)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="232" />
            <source>Steps</source>
            <translation>ステップ数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="235" />
            <source>numerical (central difference)</source>
            <translation>数値微分 (中心差分)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="236" />
            <source>analytic (formula)</source>
            <translation>解析的 (数式)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="239" />
            <source>Which gradient drives the steps; the ledger shows both.</source>
            <translation>どちらの勾配で更新するか。ステップ記録には両方が表示されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="241" />
            <source>Gradient</source>
            <translation>勾配</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="244" />
            <source>Step h of the numerical gradient (the book uses 1e-4).</source>
            <translation>数値微分で使う微小な値 h (本書では 1e-4)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="246" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="250" />
            <source>Momentum coefficient α: how much of the last velocity is kept.</source>
            <translation>Momentum の係数 α: 直前の速度をどれだけ残すか。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="251" />
            <source>RMSprop decay rate: how fast old squared gradients are forgotten.</source>
            <translation>RMSprop の減衰率: 過去の勾配の2乗をどれだけ速く忘れるか。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="252" />
            <source>Adam's β1: decay of the first-moment (mean) estimate.</source>
            <translation>Adam の β1: 1次モーメント (平均) の推定値の減衰率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="253" />
            <source>Adam's β2: decay of the second-moment (squared) estimate.</source>
            <translation>Adam の β2: 2次モーメント (2乗) の推定値の減衰率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="254" />
            <source>Momentum α</source>
            <translation>Momentum α</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="254" />
            <source>Decay rate</source>
            <translation>減衰率</translation>
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
            <translation>開始点の x0。マップ上でクリック/ドラッグしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="269" />
            <source>Start x1; or click/drag on the map.</source>
            <translation>開始点の x1。マップ上でクリック/ドラッグしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="273" />
            <source>Start</source>
            <translation>開始点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="279" />
            <source>log scale for f(x)</source>
            <translation>f(x) を対数目盛で表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="281" />
            <source>Show f(x) against iteration on a logarithmic axis.</source>
            <translation>繰り返しごとの f(x) を対数軸で表示する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="284" />
            <source>show −gradient arrows</source>
            <translation>−勾配の矢印を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="286" />
            <source>Draw the field of −gradient arrows (book figure 4-9).</source>
            <translation>−勾配の矢印を描く (本書の図4-9)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="301" />
            <source>The current step: k, the point x_k, f(x_k) and the last step taken.</source>
            <translation>現在のステップ: k、点 x_k、f(x_k)、直前のステップ。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="308" />
            <source>Click to set the start point; drag the cross to move it.</source>
            <translation>クリックで開始点を設定。十字をドラッグすると動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="323" />
            <source>The start point: drag it to move the start.</source>
            <translation>開始点: ドラッグすると開始点を動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="333" />
            <source>f(x_k) against the iteration k.</source>
            <translation>繰り返し k に対する f(x_k)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="335" />
            <source>iteration k</source>
            <translation>繰り返し k</translation>
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
            <translation>直前のステップ Δx = {0}, |Δx| = {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="598" />
            <source>this surface has no minimum to find (it falls without bound)</source>
            <translation>この曲面には最小値がありません (どこまでも下がります)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="600" />
            <source>the learning rate is too large here</source>
            <translation>ここでは学習率が大きすぎます</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="602" />
            <source>the learning rate may be too large, or f has no minimum that way</source>
            <translation>学習率が大きすぎるか、その方向には f の最小値がありません</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="603" />
            <source>Diverged at step {0}: x = {1}; {2}.</source>
            <translation>ステップ {0} で発散しました: x = {1}。{2}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="605" />
            <source>|x| passed 1e150 (or stopped being finite), so core ended the run here.</source>
            <translation>|x| が 1e150 を超えた (または有限でなくなった) ため、core がここで計算を打ち切りました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="608" />
            <source>From step {0} on, x ± h rounds back to x, so the numerical gradient is 0 and the point freezes at {1}: stuck, not converged.</source>
            <translation>ステップ {0} 以降は x ± h が丸めによって x に戻るため、数値微分による勾配が 0 になり、点は {1} で止まります。収束したのではなく、動けなくなっただけです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="621" />
            <source>Barely moving: after {0} steps the point is only {1} away from the start (learning rate too small).</source>
            <translation>ほとんど動いていません: {0} ステップ後も開始点から {1} しか離れていません (学習率が小さすぎます)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="659" />
            <source>point off the map: x = {0}</source>
            <translation>点はマップの外です: x = {0}</translation>
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
            <translation>描いた絵に対する現在のネットワークの softmax 確率</translation>
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
            <translation type="unfinished" />
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
            <translation>確認した要素での、誤差逆伝播法の勾配の最大絶対値: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="212" />
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation>誤差逆伝播法: 全 %2 要素の勾配で %1 ms。数値微分: %4 要素で %3 秒 (全 %2 要素なら約 %5 秒、%6 倍遅い)。%7</translation>
        </message>
    </context>
    <context>
        <name>LossPanel</name>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="275" />
            <location filename="../../app/panels/loss_panel.py" line="331" />
            <source>Output y</source>
            <extracomment>Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px). Presentation-mode scale of the secondary numbers (y2, without δ), which share one line. Colour of the second output y2 (purple: orange already means cross-entropy in this panel). Neutral colour of the bars that are not the correct class. Top of the per-class chart as a multiple of its tallest bar (room for the value label above it). Significant digits of the computed cells of the batch table (the cell keeps the full value). Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode). Emitted after every recomputation (tests and other views can listen).</extracomment>
            <translation>出力 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="276" />
            <source>Gradients → backprop</source>
            <translation>勾配 → 誤差逆伝播法</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="277" />
            <source>Batch</source>
            <translation>バッチ</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="278" />
            <source>Edit one output y and the correct label t; see both losses</source>
            <translation>出力 y と正解ラベル t を編集し、2つの損失を見る</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="279" />
            <source>The gradient of each loss with respect to y, and y − t for softmax</source>
            <translation>各損失の y に関する勾配と、softmax の場合の y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="280" />
            <source>Several rows of y and labels: the batch cross-entropy</source>
            <translation>複数行の y とラベル: バッチの交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="293" />
            <location filename="../../app/panels/loss_panel.py" line="717" />
            <source>Loss functions</source>
            <translation>損失関数</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="296" />
            <source>Example:</source>
            <translation>例:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="299" />
            <source>Load an example from the book (section 4.2) or a learner's note</source>
            <translation>本書 (4.2節) や学習者のノートの例を読み込む</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="301" />
            <source>(your own values)</source>
            <translation>(自分で入力した値)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="314" />
            <source>Where this example comes from and what to notice</source>
            <translation>この例の出典と注目すべき点</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="334" />
            <source>Probabilities: drag the bars or type y</source>
            <translation>確率: 棒をドラッグするか y を入力</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="335" />
            <source>Edit the ten probabilities directly</source>
            <translation>10個の確率を直接編集する</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="336" />
            <source>Logits a → y = softmax(a / T)</source>
            <translation>ロジット a → y = softmax(a / T)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="337" />
            <source>Type scores (logits); softmax turns them into probabilities</source>
            <translation>スコア (ロジット) を入力。softmax で確率に変換されます</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="347" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1; the panel tells you if they do not.</source>
            <translation>y の10個の値をカンマ区切りで入力 (Enterで適用)。合計が1でなくてもかまいません。1でない場合はパネルが知らせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="357" />
            <source>Ten logits (any real numbers), separated by commas</source>
            <translation>10個のロジット (任意の実数) をカンマ区切りで入力</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="361" />
            <source>Temperature T</source>
            <translation>温度 T</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="368" />
            <source>softmax(a / T): T &lt; 1 sharpens, T &gt; 1 flattens; T = 1 is the book's</source>
            <translation>softmax(a / T): T &lt; 1 で鋭く、T &gt; 1 で平らになる。T = 1 が本書と同じ</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="376" />
            <source>The sum of y: a probability vector sums to 1</source>
            <translation>y の合計: 確率ベクトルなら合計は1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="378" />
            <source>Make y sum to 1</source>
            <translation>y の合計を1にする</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="379" />
            <source>Divide every y by the sum of y</source>
            <translation>各 y を y の合計で割る</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="384" />
            <source>Correct label t</source>
            <translation>正解ラベル t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="387" />
            <source>The correct class as a label index (what the book's batch code uses)</source>
            <translation>正解クラスをラベルで表したもの (本書のバッチ対応版のコードが使う形)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="390" />
            <source>The same label as a one-hot vector (what equation 4.1 uses)</source>
            <translation>同じラベルをone-hot表現にしたもの (式(4.1)が使う形)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="396" />
            <source>Click a class button under the bars to change it.</source>
            <translation>棒の下のクラスボタンをクリックして変更します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="402" />
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="404" />
            <source>Show a second output y2</source>
            <translation>2つ目の出力 y2 を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="405" />
            <source>Compare the losses of y and y2 for the same label</source>
            <translation>同じラベルで y と y2 の損失を比べる</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="410" />
            <source>The ten values of y2, separated by commas (Enter applies)</source>
            <translation>y2 の10個の値をカンマ区切りで入力 (Enterで適用)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="422" />
            <source>Sum of squared errors</source>
            <translation>2乗和誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="424" />
            <source>Equation 4.1: uses all ten classes (the book calls it mean_squared_error)</source>
            <translation>式(4.1): 10クラスすべてを使う (本書での名前は mean_squared_error)</translation>
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
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="431" />
            <source>Equation 4.2: only the correct class counts; δ guards against log(0)</source>
            <translation>式(4.2): 正解クラスだけが効く。δ は log(0) を防ぐ</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="437" />
            <source>core.cross_entropy_error(y, t, delta=0): inf when y_t = 0</source>
            <translation>core.cross_entropy_error(y, t, delta=0): y_t = 0 のとき inf</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="438" />
            <source>without δ:</source>
            <translation>δ なし:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="455" />
            <source>Drag a bar up or down to change y; the others rescale so y sums to 1</source>
            <translation>棒を上下にドラッグして y を変更。y の合計が1になるよう他の値が調整されます</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="469" />
            <source>Make %1 the correct class t</source>
            <translation>%1 を正解クラス t にする</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="483" />
            <source>Each loss as y_t (the probability of the correct class) varies, the other classes held fixed; the dots are the current y</source>
            <translation>他のクラスを固定して y_t (正解クラスの確率) を変えたときの各損失。点は現在の y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="486" />
            <source>Each class's share of the loss: squared error uses all ten classes, cross-entropy only the correct one</source>
            <translation>損失に対する各クラスの寄与: 2乗和誤差は10クラスすべて、交差エントロピー誤差は正解クラスだけを使う</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="502" />
            <location filename="../../app/panels/loss_panel.py" line="544" />
            <location filename="../../app/panels/loss_panel.py" line="586" />
            <source>class k</source>
            <translation>クラス k</translation>
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
            <translation>y&lt;sub&gt;t&lt;/sub&gt; に対する損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="527" />
            <source>y&lt;sub&gt;t&lt;/sub&gt;, probability of the correct class</source>
            <translation>y&lt;sub&gt;t&lt;/sub&gt;: 正解クラスの確率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="528" />
            <source>loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="531" />
            <location filename="../../app/panels/loss_panel.py" line="639" />
            <source>cross-entropy</source>
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="532" />
            <location filename="../../app/panels/loss_panel.py" line="1100" />
            <source>squared error (y)</source>
            <translation>2乗和誤差 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="533" />
            <location filename="../../app/panels/loss_panel.py" line="1101" />
            <location filename="../../app/panels/loss_panel.py" line="1197" />
            <source>squared error (y2)</source>
            <translation>2乗和誤差 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="541" />
            <source>Per class: &lt;span style='color:%1'&gt;■ squared&lt;/span&gt;  &lt;span style='color:%2'&gt;■ cross-entropy&lt;/span&gt;</source>
            <translation>クラスごと: &lt;span style='color:%1'&gt;■ 2乗和誤差&lt;/span&gt;  &lt;span style='color:%2'&gt;■ 交差エントロピー誤差&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="549" />
            <source>squared error ½(y_k − t_k)²</source>
            <translation>2乗和誤差 ½(y_k − t_k)²</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="552" />
            <source>cross-entropy −t_k log(y_k + δ)</source>
            <translation>交差エントロピー誤差 −t_k log(y_k + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="569" />
            <source>The gradient tells each output which way to move to lower the loss: the first step of backprop. Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when y&lt;sub&gt;t&lt;/sub&gt; is small (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)); softmax followed by cross-entropy gives the simple y − t with respect to the logits (section 5.6.3).</source>
            <translation>勾配は、損失を小さくするために各出力をどちらへ動かせばよいかを示します。これが誤差逆伝播法の最初のステップです。2乗和誤差はすべてのクラスを動かし (y − t)、交差エントロピー誤差は正解クラスだけを、y&lt;sub&gt;t&lt;/sub&gt; が小さいほど強く動かします (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ))。softmax の後に交差エントロピー誤差を続けると、ロジットに関する勾配は単純な y − t になります (5.6.3節)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="577" />
            <source>Bars: the gradient for each class k (computed by core.functions)</source>
            <translation>棒: 各クラス k の勾配 (core.functions で計算)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="578" />
            <source>squared error&lt;br&gt;∂E/∂y = y − t</source>
            <translation>2乗和誤差&lt;br&gt;∂E/∂y = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="579" />
            <source>cross-entropy&lt;br&gt;∂E/∂y = −t / (y + δ)</source>
            <translation>交差エントロピー誤差&lt;br&gt;∂E/∂y = −t / (y + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="580" />
            <source>softmax + cross-entropy&lt;br&gt;∂E/∂a = y − t</source>
            <translation>softmax + 交差エントロピー誤差&lt;br&gt;∂E/∂a = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="603" />
            <source>The gradients with full precision</source>
            <translation>勾配の全桁</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="617" />
            <source>Each row is one output y with its label t. The batch cross-entropy is the mean of the rows' cross-entropies (section 4.2.4).</source>
            <translation>各行は1つの出力 y とそのラベル t です。バッチの交差エントロピー誤差は、各行の交差エントロピー誤差の平均です (4.2.4節)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="622" />
            <source>Add row</source>
            <translation>行を追加</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="623" />
            <source>Add a row (a copy of the current output y and label)</source>
            <translation>行を追加 (現在の出力 y とラベルのコピー)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="625" />
            <source>Remove row</source>
            <translation>行を削除</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="626" />
            <source>Remove the selected row (or the last one)</source>
            <translation>選択した行 (または最後の行) を削除</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="628" />
            <source>Book's y and y2</source>
            <translation>本書の y と y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="629" />
            <source>Fill the table with the book's two examples (label 2)</source>
            <translation>本書の2つの例 (ラベル 2) で表を埋める</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="639" />
            <location filename="../../app/panels/loss_panel.py" line="1301" />
            <source>label t</source>
            <translation>ラベル t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="640" />
            <source>squared error</source>
            <translation>2乗和誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="642" />
            <source>Edit y values (0 or more) and the label t (0–9); the last two columns are computed by core</source>
            <translation>y の値 (0以上) とラベル t (0〜9) を編集。最後の2列は core が計算します</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="644" />
            <source>Shown to two decimals, like the bars; hover a cell or edit it for the full value</source>
            <translation>棒グラフと同じく小数第2位まで表示。全桁はセルにマウスを合わせるか、編集すると見られます</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="645" />
            <source>Computed by core; shown with six significant digits (… means more digits: hover the cell or export the CSV for the full value)</source>
            <translation>core が計算し、有効数字6桁で表示 (… はさらに桁があることを示します。全桁はセルにマウスを合わせるか、CSVにエクスポートすると見られます)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="661" />
            <source>Cross-entropy of each row; the line is the batch mean</source>
            <translation>各行の交差エントロピー誤差。線はバッチ平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="664" />
            <source>Cross-entropy per row</source>
            <translation>行ごとの交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="665" />
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="670" />
            <source>batch mean</source>
            <translation>バッチ平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="691" />
            <source>Batch cross-entropy, t as label indices:</source>
            <translation>バッチの交差エントロピー誤差 (t はラベル):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="692" />
            <source>core.cross_entropy_error(Y, labels): mean over the rows</source>
            <translation>core.cross_entropy_error(Y, labels): 行の平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="693" />
            <source>Batch cross-entropy, t as one-hot rows:</source>
            <translation>バッチの交差エントロピー誤差 (t はone-hot表現):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="694" />
            <source>core.cross_entropy_error(Y, one_hot(labels))</source>
            <translation>core.cross_entropy_error(Y, one_hot(labels))</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="695" />
            <source>Squared error over the batch (half sum):</source>
            <translation>バッチの2乗和誤差 (和の半分):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="696" />
            <source>core.sum_squared_error(Y, T): NOT divided by the batch size</source>
            <translation>core.sum_squared_error(Y, T): バッチサイズで割っていない</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="697" />
            <source>… divided by N (a true mean):</source>
            <translation>… N で割った値 (本当の平均):</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="698" />
            <source>The half sum divided by the number of rows, for comparison</source>
            <translation>比較のため、和の半分を行数で割ったもの</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="773" />
            <source>Output y (bars)</source>
            <translation>出力 y (棒グラフ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="774" />
            <source>Loss against y_t</source>
            <translation>y_t に対する損失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="775" />
            <source>Contribution of each class</source>
            <translation>各クラスの寄与</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="776" />
            <source>Gradients</source>
            <translation>勾配</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="777" />
            <source>Batch cross-entropy per row</source>
            <translation>行ごとのバッチ交差エントロピー誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="778" />
            <source>Batch table</source>
            <translation>バッチの表</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="925" />
            <source>y = softmax(a / T), computed from the logits</source>
            <translation>y = softmax(a / T)。ロジットから計算</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="926" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1.</source>
            <translation>y の10個の値をカンマ区切りで入力 (Enterで適用)。合計が1でなくてもかまいません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="976" />
            <source>y is all zeros: it cannot be scaled to sum to 1.</source>
            <translation>y がすべて0です: 合計が1になるように割ることはできません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1026" />
            <source>With temperature T the gradient is taken with respect to the scaled logits a / T.</source>
            <translation>温度 T があるとき、勾配はスケールしたロジット a / T に関するものです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1030" />
            <source>y is all zeros: there are no logits whose softmax is y.</source>
            <translation>y がすべて0です: softmax が y になるロジットはありません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1033" />
            <source>Logits taken as a = log y (softmax(log y) = y).</source>
            <translation>ロジットを a = log y とします (softmax(log y) = y)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1035" />
            <source>y does not sum to 1, so no logits give exactly this y: with a = log y, softmax(a) is y / sum(y), and y − t uses that normalised y.</source>
            <translation>y の合計が1ではないため、ちょうどこの y になるロジットはありません。a = log y とすると softmax(a) は y / sum(y) になり、y − t ではこの正規化した y を使います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1053" />
            <source>label index: t = %1</source>
            <translation>ラベル: t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1054" />
            <source>one-hot: t = [%1]</source>
            <translation>one-hot表現: t = [%1]</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1062" />
            <source>%1 (%2 in floating point)</source>
            <translation>%1 (浮動小数点数では %2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1064" />
            <source>sum of y = %1</source>
            <translation>y の合計 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1067" />
            <source>y is not a probability vector: its values sum to %1, not 1.</source>
            <translation>y は確率ベクトルではありません: 値の合計が1ではなく %1 です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1072" />
            <source>y2 sums to %1, not 1.</source>
            <translation>y2 の合計は1ではなく %1 です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1074" />
            <source>The losses are still computed, exactly as the book's code would.</source>
            <translation>損失は本書のコードと同じように、そのまま計算されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1082" />
            <source>y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, large but finite.</source>
            <translation>y_t = 0: δ がなければ log(0) = −inf となり、損失は inf です。δ = 1e-7 があれば −log(1e-7) = %1 となり、大きいものの有限です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1096" />
            <source>Your own values. Choose an example to load the book's or a learner's numbers.</source>
            <translation>自分で入力した値です。例を選ぶと、本書や学習者のノートの数値を読み込めます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1100" />
            <source>cross-entropy (y)</source>
            <translation>交差エントロピー誤差 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1101" />
            <source>cross-entropy (y2)</source>
            <translation>交差エントロピー誤差 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1108" />
            <source>same</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1111" />
            <source>same float, printed with more digits</source>
            <translation>同じ浮動小数点数 (表示の桁数が多いだけ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1115" />
            <source>differs: core gives</source>
            <translation>不一致: core の値は</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1122" />
            <source>Printed in the source:</source>
            <translation>本書の出力:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1163" />
            <source>&lt;span style='color:%1'&gt;■&lt;/span&gt; output y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; target t</source>
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; 出力 y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; 正解 t</translation>
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
            <translation>バッチには少なくとも1行が必要です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1294" />
            <source>The label must be a whole number 0–9.</source>
            <translation>ラベルは0〜9の整数でなければなりません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1302" />
            <source>Row %1, %2: %3</source>
            <translation>%1行目、%2: %3</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1315" />
            <source>Not updated — fix the highlighted cells:</source>
            <translation>更新されていません — 強調表示されたセルを直してください:</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1341" />
            <source>✓ The one-hot form and the label-index form agree exactly (the label form just reads y[row, t] instead of multiplying by zeros).</source>
            <translation>✓ one-hot表現とラベル表現の結果は完全に一致します (ラベル表現は0を掛ける代わりに y[row, t] を読むだけです)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1346" />
            <source>The two forms differ by %1 (floating-point summation order).</source>
            <translation>2つの表現の結果は %1 だけ異なります (浮動小数点数の加算順序による)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1349" />
            <source>Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row (%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.</source>
            <translation>注意: 本書の mean_squared_error は2乗の「和」の半分です。この %1 行では全行の和 (%2) で、バッチサイズで割りません。平均をとるバッチの交差エントロピー誤差とは違います。</translation>
        </message>
    </context>
    <context>
        <name>LossPresets</name>
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
            <source>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</source>
            <translation>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</translation>
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
            <source>/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94, batch cross-entropy)</source>
            <translation>/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94、バッチの交差エントロピー誤差)</translation>
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
            <source>/work/shared/seeds/002_3f5329c71e06aa88.txt</source>
            <translation>/work/shared/seeds/002_3f5329c71e06aa88.txt</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="53" />
            <source>The note calls both “softmax함수의 출력” (softmax outputs), but its y2 sums to 1.3, so it cannot come from softmax. Squared error sees the extra mass (0.6425 vs the book's 0.5975); cross-entropy gives the same 2.302584092994546 because it only reads y2[2] = 0.1.</source>
            <translation>このノートはどちらも “softmax함수의 출력” (softmax の出力) と呼んでいますが、y2 の合計は 1.3 なので softmax から得られたものではありません。2乗和誤差は余分な確率に反応します (本書の 0.5975 に対して 0.6425)。交差エントロピー誤差は y2[2] = 0.1 しか読まないので、同じ 2.302584092994546 になります。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="57" />
            <source>Note 003 (Chinese): the book's y</source>
            <translation>ノート 003（中国語）: 本書の y</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="58" />
            <source>/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</source>
            <translation>/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="63" />
            <source>The note calls the function 均方误差 (“mean squared error”) like the book, but it is a half sum of squares, not a mean.</source>
            <translation>このノートは本書の中国語版と同じくこの関数を 均方误差 (「平均2乗誤差」) と呼んでいますが、実際は2乗和の半分であり、平均ではありません。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="67" />
            <source>Note 004 (Japanese): squared error, samples 1 and 2</source>
            <translation>ノート 004（日本語）: 2乗和誤差、サンプル1と2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="68" />
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</source>
            <translation>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="73" />
            <source>Sample 1 puts 0.6 on the correct “2”; sample 2 puts 0.5 on “9” (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). Neither sums to 1 (1.07 and 1.13).</source>
            <translation>サンプル1は正解の「2」に 0.6、サンプル2は「9」に 0.5 を割り当てています (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”)。どちらも合計は1ではありません (1.07 と 1.13)。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="77" />
            <source>Note 004 (Japanese): cross-entropy, 0.99 vs 0.2 on the correct class</source>
            <translation>ノート 004（日本語）: 交差エントロピー誤差、正解クラスに 0.99 と 0.2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="78" />
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</source>
            <translation>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="83" />
            <source>0.99 on the correct class gives a loss near 0, 0.2 gives 1.6094374124342252 ≈ -log 0.2. The first y sums to 1.46: it is not a probability vector, but cross-entropy only reads y[2].</source>
            <translation>正解クラスが 0.99 なら損失はほぼ 0、0.2 なら 1.6094374124342252 ≈ -log 0.2 です。1つ目の y は合計が 1.46 で確率ベクトルではありませんが、交差エントロピー誤差は y[2] しか読みません。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="87" />
            <source>Why δ = 1e-7: the correct class has probability 0</source>
            <translation>δ = 1e-7 の理由: 正解クラスの確率が 0</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="88" />
            <source>Deep Learning from Scratch, section 4.2.2: delta = 1e-7 guards log(0)</source>
            <translation>『ゼロから作るDeep Learning』4.2.2節: delta = 1e-7 で log(0) を防ぐ</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="93" />
            <source>The book's y with the label 3, whose probability is 0.0: log(0) = -inf, so without δ the loss is inf. With δ = 1e-7 it is -log(1e-7) = 16.11809565095832, large but finite, so training can go on.</source>
            <translation>本書の y でラベルを 3 にした場合、その確率は 0.0 です: log(0) = -inf なので、δ がなければ損失は inf です。δ = 1e-7 があれば -log(1e-7) = 16.11809565095832 となり、大きいものの有限なので、学習を続けられます。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNISTの学習</translation>
        </message>
        <message>
            <source>Train a small network on MNIST and watch loss and accuracy (chapters 4 to 6)</source>
            <translation type="vanished">小さなネットワークをMNISTで学習させ、損失と認識精度を見る (4〜6章)</translation>
        </message>
        <message>
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, MNIST training</source>
            <translation type="vanished">Ctrl+1, Ctrl+2, Ctrl+3	損失関数、勾配降下法、MNISTの学習</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="43" />
            <source>Loss functions</source>
            <extracomment>(key, untranslated title, module, class). Titles are translated at display time.</extracomment>
            <translation>損失関数</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="44" />
            <source>Gradient descent</source>
            <translation>勾配降下法</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="45" />
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="50" />
            <source>Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)</source>
            <extracomment>Short descriptions shown as tooltips on the panel tabs.</extracomment>
            <translation>10クラスの出力で2乗和誤差と交差エントロピー誤差を調べる (本書4.2節)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="52" />
            <source>Watch gradient descent and the optimizers of chapter 6 walk down a loss surface</source>
            <translation>勾配降下法と6章の最適化手法が損失の曲面を下っていく様子を見る</translation>
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
            <translation>パネルを選択 (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="146" />
            <source>Ready</source>
            <translation>準備完了</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="157" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="158" />
            <source>Export &amp;image…</source>
            <translation>画像をエクスポート(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="159" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="160" />
            <source>Save a plot of the current panel as PNG or SVG</source>
            <translation>現在のパネルのグラフをPNGまたはSVGで保存</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="165" />
            <source>Export &amp;data…</source>
            <translation>データをエクスポート(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="166" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="167" />
            <source>Save the data behind a plot of the current panel as CSV</source>
            <translation>現在のパネルのグラフのデータをCSVで保存</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="173" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="175" />
            <source>Close dlfs-studio</source>
            <translation>dlfs-studioを終了</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="179" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="180" />
            <source>&amp;Presentation mode</source>
            <translation>プレゼンテーションモード(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="182" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="184" />
            <source>Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)</source>
            <translation>プロジェクター向けの大きな文字と太い線。補助的な操作部は隠れます (F5 または Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="188" />
            <source>&amp;Full screen</source>
            <translation>全画面表示(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="191" />
            <source>Use the whole screen (F11)</source>
            <translation>画面全体を使う (F11)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="204" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="205" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="207" />
            <source>List the keyboard shortcuts</source>
            <translation>キーボードショートカットの一覧</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="210" />
            <source>&amp;About dlfs-studio</source>
            <translation>dlfs-studioについて(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="211" />
            <source>About this application</source>
            <translation>このアプリケーションについて</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="264" />
            <source>This panel failed to switch presentation mode</source>
            <translation>このパネルはプレゼンテーションモードを切り替えられませんでした</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="315" />
            <source>A panel failed to switch presentation mode</source>
            <translation>プレゼンテーションモードを切り替えられなかったパネルがあります</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="317" />
            <source>Presentation mode on (F5 to leave)</source>
            <translation>プレゼンテーションモード オン (F5で終了)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="317" />
            <source>Presentation mode off</source>
            <translation>プレゼンテーションモード オフ</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="328" />
            <source>A panel failed to switch theme</source>
            <translation>テーマを切り替えられなかったパネルがあります</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="354" />
            <location filename="../../app/main_window.py" line="365" />
            <source>Saved %1</source>
            <translation>%1 を保存しました</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="378" />
            <location filename="../../app/main_window.py" line="388" />
            <source>This panel has nothing to export yet.</source>
            <translation>このパネルにはまだエクスポートできるものがありません。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="384" />
            <source>No export target named %1</source>
            <translation>%1 という名前のエクスポート対象はありません</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="393" />
            <source>Which one?</source>
            <translation>どれを保存しますか?</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="413" />
            <source>Export image</source>
            <translation>画像をエクスポート</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="417" />
            <source>PNG image (*.png)</source>
            <translation>PNG画像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="417" />
            <source>SVG vector image (*.svg)</source>
            <translation>SVGベクター画像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="428" />
            <source>Export data</source>
            <translation>データをエクスポート</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="433" />
            <source>CSV table (*.csv)</source>
            <translation>CSV表 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="447" />
            <location filename="../../app/main_window.py" line="460" />
            <source>Export failed</source>
            <translation>エクスポートに失敗しました</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="461" />
            <source>Could not save %1:
%2</source>
            <translation>%1 を保存できませんでした:
%2</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="469" />
            <source>F5 or Ctrl+P	Presentation mode on/off</source>
            <translation>F5 または Ctrl+P	プレゼンテーションモードのオン/オフ</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="470" />
            <source>F11	Full screen on/off</source>
            <translation>F11	全画面表示のオン/オフ</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="471" />
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/main_window.py" line="472" />
            <source>Ctrl+E	Export image (PNG, SVG)</source>
            <translation>Ctrl+E	画像をエクスポート (PNG, SVG)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="473" />
            <source>Ctrl+Shift+E	Export data (CSV)</source>
            <translation>Ctrl+Shift+E	データをエクスポート (CSV)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="474" />
            <source>F1	This list</source>
            <translation>F1	この一覧</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="475" />
            <source>Ctrl+Q	Quit</source>
            <translation>Ctrl+Q	終了</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="481" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="490" />
            <source>About dlfs-studio</source>
            <translation>dlfs-studioについて</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="491" />
            <source>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;A desktop lab for learning how neural networks learn, after &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Saito, 2016).&lt;/p&gt;&lt;p&gt;Loss functions, gradient descent and MNIST training, computed by a small NumPy engine you can read.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;ニューラルネットワークが学習するしくみを体験するデスクトップ実験室です。&lt;i&gt;ゼロから作るDeep Learning&lt;/i&gt; (斎藤康毅, 2016) に沿っています。&lt;/p&gt;&lt;p&gt;損失関数、勾配降下法、MNISTの学習を、読んで理解できる小さなNumPyエンジンで計算します。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="525" />
            <source>Closing dlfs-studio discards it.</source>
            <translation>dlfs-studioを終了すると破棄されます。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="535" />
            <source>Not closed: the training is kept.</source>
            <translation>終了しませんでした: 学習の状態はそのままです。</translation>
        </message>
    </context>
    <context>
        <name>NumDiffView</name>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="61" />
            <source>f(x) = 0.01·x² + 0.1·x   (the book's function_1)</source>
            <extracomment>Errors of exactly 0 cannot be drawn on a log axis; they are drawn at this floor instead.</extracomment>
            <translation>f(x) = 0.01·x² + 0.1·x   (本書の function_1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="63" />
            <source>The example function of section 4.3.2.</source>
            <translation>4.3.2節の例の関数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="67" />
            <source>The point x where the derivative is estimated; or drag the vertical line.</source>
            <translation>微分を推定する点 x。縦線をドラッグしても動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="70" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="72" />
            <source>The step h of the difference, from 1e-1 down to 1e-50.</source>
            <translation>差分に使う微小な値 h。1e-1 から 1e-50 まで。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="74" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="82" />
            <source>The exact derivative 0.02·x + 0.1.</source>
            <translation>真の微分 0.02·x + 0.1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="83" />
            <source>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, in full.</source>
            <translation>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h、全桁。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="84" />
            <source>core.gradient.forward_diff: (f(x+h) − f(x)) / h, in full.</source>
            <translation>core.gradient.forward_diff: (f(x+h) − f(x)) / h、全桁。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="85" />
            <source>true f′(x)</source>
            <translation>真の f′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="86" />
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="87" />
            <source>forward</source>
            <translation>前方差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="94" />
            <source>The book's tangents use h = 1e-4 (numerical_diff's default).</source>
            <translation>本書の接線は h = 1e-4 を使う (numerical_diff のデフォルト)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="97" />
            <source>The book's tangents (h = 1e-4):
x = 5:  slope {0}
x = 10: slope {1}</source>
            <translation>本書の接線 (h = 1e-4):
x = 5:  傾き {0}
x = 10: 傾き {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="107" />
            <source>f(x) with its tangent lines; drag the vertical line to move x.</source>
            <translation>f(x) とその接線。縦線をドラッグして x を動かせます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="112" />
            <source>f(x) and tangents</source>
            <translation>f(x) と接線</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="119" />
            <source>tangent at x = {0:g}</source>
            <translation>x = {0:g} での接線</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="121" />
            <source>tangent at x (current h)</source>
            <translation>x での接線 (現在の h)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="123" />
            <source>Drag to move x.</source>
            <translation>ドラッグして x を動かす。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="132" />
            <source>Error of the estimates against h, both axes logarithmic; the dots mark the current h.</source>
            <translation>h に対する推定値の誤差 (両軸とも対数)。点は現在の h を示します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="137" />
            <source>|estimate − true|</source>
            <translation>|推定値 − 真の値|</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="138" />
            <source>Error against h</source>
            <translation>h に対する誤差</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="142" />
            <source>forward difference</source>
            <translation>前方差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="143" />
            <source>central difference</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="150" />
            <source>book's h = 1e-4 →</source>
            <translation>本書の h = 1e-4 →</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="157" />
            <source>x + h == x to the left</source>
            <translation>この左では x + h == x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="249" />
            <source>x + h == x in float64: h = {0} is lost when added to x = {1} (rounding), so f(x+h) − f(x−h) = 0 and the estimate is {2}. Too small an h fails.</source>
            <translation>float64 では x + h == x: h = {0} は x = {1} に足すと丸めで消えてしまうため、f(x+h) − f(x−h) = 0 となり、推定値は {2} になります。h が小さすぎると失敗します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="254" />
            <source>h is large: the forward difference is off by about 0.01·h (truncation error); the central difference cancels it for this quadratic.</source>
            <translation>h が大きい: 前方差分は約 0.01·h ずれます (打ち切り誤差)。この2次関数では中心差分がそのずれを打ち消します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="258" />
            <source>Rounding noise: f(x+h) and f(x−h) agree in most of their digits, so their difference has few correct digits left.</source>
            <translation>丸め誤差: f(x+h) と f(x−h) はほとんどの桁が一致するため、その差には正しい桁がわずかしか残りません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="262" />
            <source>Good: around h = 1e-4 (the book's choice) truncation and rounding errors are both small.</source>
            <translation>良好: h = 1e-4 (本書の選択) 付近では、打ち切り誤差と丸め誤差がどちらも小さくなります。</translation>
        </message>
    </context>
    <context>
        <name>PanelDialogs</name>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="42" />
            <source>Folder holding the four IDX files</source>
            <translation>4つのIDXファイルのあるフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="49" />
            <location filename="../../app/panels/training/dialogs.py" line="62" />
            <source>Loading %1 clears the results of this network.</source>
            <translation>%1 を読み込むと、このネットワークの結果は消去されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="57" />
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation>mnist/ と fashion-mnist/ のあるフォルダー</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="74" />
            <source>The dataset could not be loaded: %1</source>
            <translation>データセットを読み込めませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="76" />
            <source>The dataset could not be loaded: %1: %2</source>
            <translation>データセットを読み込めませんでした: %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="94" />
            <source>Save model</source>
            <translation>モデルを保存</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="95" />
            <location filename="../../app/panels/training/dialogs.py" line="113" />
            <source>NumPy model (*.npz)</source>
            <translation>NumPyモデル (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="106" />
            <source>Could not save the model: %1</source>
            <translation>モデルを保存できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="108" />
            <source>Saved the model to %1.</source>
            <translation>モデルを %1 に保存しました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="112" />
            <source>Load model</source>
            <translation>モデルを読み込む</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="123" />
            <location filename="../../app/panels/training/dialogs.py" line="130" />
            <source>Could not load the model: %1</source>
            <translation>モデルを読み込めませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="138" />
            <source>Model %1 loaded.</source>
            <translation>モデル %1 を読み込みました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="140" />
            <source>Loaded %1; Start trains it further.</source>
            <translation>%1 を読み込みました。「開始」でさらに学習します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="172" />
            <source>Deleting it discards it.</source>
            <translation>削除すると失われます。</translation>
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
            <translation>%1 で学習中です (繰り返し %3 回中 %2 回目)。そのネットワークは保存されていません。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="215" />
            <source>Unsaved network</source>
            <translation>未保存のネットワーク</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="216" />
            <source>Save the network first?</source>
            <translation>先にネットワークを保存しますか?</translation>
        </message>
    </context>
    <context>
        <name>PanelLoadError</name>
        <message>
            <location filename="../../app/main_window.py" line="75" />
            <source>The panel “%1” could not be loaded:</source>
            <translation>パネル「%1」を読み込めませんでした:</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="37" />
            <source>Reset: go back to the start point (step 0).</source>
            <translation>リセット: 開始点 (ステップ 0) に戻る。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="39" />
            <source>Step back: return exactly to the previous step.</source>
            <translation>1ステップ戻る: 直前のステップに正確に戻る。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="40" />
            <location filename="../../app/panels/descent/playback.py" line="102" />
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="41" />
            <source>Play or pause the animation.</source>
            <translation>アニメーションを再生・一時停止する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="43" />
            <source>Single step forward: take one optimizer update.</source>
            <translation>1ステップ進む: パラメータを1回更新する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="49" />
            <source>Speed (steps/s)</source>
            <translation>速度 (ステップ/秒)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="52" />
            <source>Animation speed in steps per second.</source>
            <translation>アニメーションの速度 (1秒あたりのステップ数)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="99" />
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
    </context>
    <context>
        <name>RaceView</name>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="102" />
            <source>Book figure 6-8</source>
            <extracomment>The book's figure 6-8: surface, start, steps and learning rates (optimizer_compare_naive.py). The four panels of the book's figure, in its order.</extracomment>
            <translation>本書の図6-8</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="103" />
            <source>Chapter 6's comparison: x²/20 + y² from (-7, 2), 30 steps, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.</source>
            <translation>6章の比較: x²/20 + y² を (-7, 2) から、30ステップ、SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="121" />
            <source>Include {0} in the race.</source>
            <translation>{0} を競争に参加させる。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="124" />
            <source>Learning rate of {0}, used exactly as typed.</source>
            <translation>{0} の学習率。入力した値をそのまま使います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="132" />
            <source>Optimizer and learning rate</source>
            <translation>最適化手法と学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="133" />
            <source>Each optimizer's learning rate; other hyperparameters keep the book's defaults.</source>
            <translation>各最適化手法の学習率。他のハイパーパラメータは本書のデフォルト値のままです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="138" />
            <source>Number of updates for every optimizer.</source>
            <translation>すべての最適化手法に共通の更新回数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="140" />
            <source>Steps</source>
            <translation>ステップ数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="142" />
            <source>analytic (like chapter 6)</source>
            <translation>解析的 (6章と同じ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="143" />
            <source>numerical (h = 1e-4)</source>
            <translation>数値微分 (h = 1e-4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="144" />
            <source>Which gradient drives the updates; chapter 6 uses the formula.</source>
            <translation>どちらの勾配で更新するか。6章では数式 (解析的な勾配) を使います。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="146" />
            <source>Gradient</source>
            <translation>勾配</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="150" />
            <source>Start x0 for every optimizer; or click the plot.</source>
            <translation>すべての最適化手法に共通の開始点 x0。グラフをクリックしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="153" />
            <source>Start x1 for every optimizer; or click the plot.</source>
            <translation>すべての最適化手法に共通の開始点 x1。グラフをクリックしても設定できます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="157" />
            <source>Start</source>
            <translation>開始点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="160" />
            <source>The finish line: a racer finishes when f(x) ≤ ε.</source>
            <translation>ゴールライン: f(x) ≤ ε になったらゴールです。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="162" />
            <source>ε (finish)</source>
            <translation>ε (ゴール)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="168" />
            <source>One plot</source>
            <translation>1つのグラフ</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="169" />
            <source>All racers on one plot.</source>
            <translation>全参加者を1つのグラフに表示。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="170" />
            <source>2×2 like the book</source>
            <translation>本書と同じ 2×2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="171" />
            <source>Four small plots like figure 6-8: SGD, Momentum, AdaGrad, Adam.</source>
            <translation>図6-8と同じ4つの小さなグラフ: SGD、Momentum、AdaGrad、Adam。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="189" />
            <source>The race's current step.</source>
            <translation>競争の現在のステップ。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="191" />
            <source>Click to set the common start point.</source>
            <translation>クリックで共通の開始点を設定。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="213" />
            <source>Figure 6-8: each optimizer's path on x²/20 + y².</source>
            <translation>図6-8: x²/20 + y² 上での各最適化手法の経路。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="235" />
            <source>Leaderboard</source>
            <translation>順位表</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="238" />
            <source>optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="238" />
            <source>lr</source>
            <translation>学習率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="239" />
            <source>steps</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="239" />
            <source>f now</source>
            <translation>現在の f</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="240" />
            <source>Steps until f(x) ≤ ε for the first time.</source>
            <translation>初めて f(x) ≤ ε になるまでのステップ数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="247" />
            <source>Who reaches f ≤ ε first (fewest steps); the rest ordered by their current f. Hover a number for full precision.</source>
            <translation>先に f ≤ ε に到達した順 (ステップ数の少ない順)。残りは現在の f の順。数値にマウスを合わせると全桁を表示します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="403" />
            <source>{0} (not in the race)</source>
            <translation>{0} (不参加)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="411" />
            <source>Tick at least one optimizer to start a race.</source>
            <translation>競争を始めるには最適化手法を1つ以上選んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="413" />
            <source>step {0} of {1}   ·   start {2}   ·   {3}</source>
            <translation>ステップ {0} / {1}   ·   開始点 {2}   ·   {3}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="445" />
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="447" />
            <source>not yet</source>
            <translation>未到達</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="460" />
            <source>ε = {0}; a racer finishes at the first step with f(x) ≤ ε (core.descent.steps_to_reach).</source>
            <translation>ε = {0}。初めて f(x) ≤ ε になったステップでゴールです (core.descent.steps_to_reach)。</translation>
        </message>
    </context>
    <context>
        <name>RunButtons</name>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start</source>
            <translation>開始点</translation>
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
            <translation>一時停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <source>Pause or resume training  [Space]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Step</source>
            <translation>1ステップ</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Train exactly one mini-batch, then pause  [→]</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>run</source>
            <translation>実行</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>iteration</source>
            <translation>繰り返し</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="47" />
            <source>train acc</source>
            <translation>訓練精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="47" />
            <source>test acc</source>
            <translation>テスト精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="48" />
            <source>Every run is kept until you delete it: tick to overlay its curves, click to inspect it, double-click its name to rename it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="62" />
            <source>Delete run</source>
            <translation>実行を削除</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="63" />
            <source>Forget the selected run (asks first when it is not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="65" />
            <source>Save runs…</source>
            <translation>実行を保存…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="66" />
            <source>Save the runs (settings, curves, checkpoints) as a session folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="68" />
            <source>Open runs…</source>
            <translation>実行を開く…</translation>
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
            <translation>準備完了</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="110" />
            <source>running</source>
            <translation>学習中</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="110" />
            <source>paused</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>finished</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="112" />
            <source>loaded</source>
            <translation>読み込み済み</translation>
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
            <translation>学習時に消去する隠れ層のユニットの割合、0〜0.99 (6.4.3節。6章のプリセットのみ)</translation>
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
        <name>StatusStrip</name>
        <message>
            <location filename="../../app/panels/training/status.py" line="34" />
            <source>Load a dataset to begin.</source>
            <translation>データセットを読み込んで始めましょう。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="35" />
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation>繰り返し、エポック、学習速度、経過時間、残り時間</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="44" />
            <source>Share of the run done (its mini-batches, then its last evaluation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="48" />
            <source>What happened last (errors, divergence, results)</source>
            <translation>最後に起きたこと (エラー、発散、結果)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="78" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation>繰り返し %1 / %2 · エポック %3 · %4 枚/秒 · 残り %5</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="83" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation>繰り返し %1 / %2 · エポック %3 · %4 枚/秒 · 経過 %5 · 残り %6 · 学習率 %7</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="98" />
            <source>Iteration %1 / %1 · evaluating the final network on the training and test images…</source>
            <translation>イテレーション %1 / %1 · 最終ネットワークを訓練画像とテスト画像で評価中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="106" />
            <source>evaluating %p% · about %1 left</source>
            <translation>評価中 %p% · 残り約 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="107" />
            <source>evaluating…</source>
            <translation>評価中…</translation>
        </message>
    </context>
    <context>
        <name>StepLedger</name>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="66" />
            <source>∂f/∂x0 numerical</source>
            <extracomment>Column names as shown (translated); CSV headers stay in BASE's stable English form.</extracomment>
            <translation>∂f/∂x0 数値微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="67" />
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 解析的</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="68" />
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 数値微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="69" />
            <source>∂f/∂x1 analytic</source>
            <translation>∂f/∂x1 解析的</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="70" />
            <source>step x0</source>
            <translation>ステップ x0</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="71" />
            <source>step x1</source>
            <translation>ステップ x1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="156" />
            <source>Right-click the column titles to choose the columns.</source>
            <translation>列見出しを右クリックすると、表示する列を選べます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="161" />
            <source>Step number k (0 is the start point).</source>
            <translation>ステップ番号 k (0 が開始点)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>First coordinate of the point x_k.</source>
            <translation>点 x_k の第1座標。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>Second coordinate of the point x_k.</source>
            <translation>点 x_k の第2座標。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="163" />
            <source>Function value f(x_k).</source>
            <translation>関数の値 f(x_k)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="164" />
            <source>Central-difference estimate of ∂f/∂x0 at x_k (core.gradient.numerical_gradient).</source>
            <translation>x_k における ∂f/∂x0 の中心差分による推定値 (core.gradient.numerical_gradient)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="165" />
            <source>Exact ∂f/∂x0 at x_k from the surface's formula.</source>
            <translation>曲面の数式から求めた、x_k における正確な ∂f/∂x0。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="166" />
            <source>Central-difference estimate of ∂f/∂x1 at x_k.</source>
            <translation>x_k における ∂f/∂x1 の中心差分による推定値。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="167" />
            <source>Exact ∂f/∂x1 at x_k from the surface's formula.</source>
            <translation>曲面の数式から求めた、x_k における正確な ∂f/∂x1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="168" />
            <source>Step taken from x_k to x_(k+1), first coordinate.</source>
            <translation>x_k から x_(k+1) へのステップ (第1座標)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="169" />
            <source>Step taken from x_k to x_(k+1), second coordinate.</source>
            <translation>x_k から x_(k+1) へのステップ (第2座標)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="172" />
            <source>Optimizer state (velocity v, squared-gradient sum h, Adam's m and v) before this update.</source>
            <translation>この更新の前の最適化手法の状態 (速度 v、勾配の2乗和 h、Adam の m と v)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="258" />
            <source>Every step: point, value, numerical and exact gradient, step and optimizer state; hover a cell for full precision, Ctrl+C copies it exactly.</source>
            <translation>全ステップの点、関数の値、数値微分と正確な勾配、ステップ、最適化手法の状態。セルにマウスを合わせると全桁を表示し、Ctrl+C で正確にコピーできます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="260" />
            <source>Copy with full precision</source>
            <translation>全桁でコピー</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="265" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="334" />
            <source>Show all columns</source>
            <translation>すべての列を表示</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="335" />
            <source>Fit column widths</source>
            <translation>列幅を合わせる</translation>
        </message>
    </context>
    <context>
        <name>SurfacePicker</name>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="77" />
            <source>custom: type f(x0, x1)…</source>
            <extracomment>Display names of the optimizers (keys are core's). Steps recomputed synchronously when a parameter changes; beyond this the cursor is clamped.</extracomment>
            <translation>カスタム: f(x0, x1) を入力…</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="80" />
            <source>Choose the function to descend, or 'custom' to type your own.</source>
            <translation>下っていく関数を選ぶか、「カスタム」を選んで自分で入力します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="85" />
            <source>e.g. x0**2 + 3*sin(x1)</source>
            <translation>例: x0**2 + 3*sin(x1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="86" />
            <source>Type a function of x0 and x1 and press Enter; it is parsed safely by core (never evaluated as Python).</source>
            <translation>x0 と x1 の関数を入力して Enter を押します。core が安全に解析します (Pythonとして評価されることはありません)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="88" />
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="89" />
            <source>Draw and descend the typed function.</source>
            <translation>入力した関数を描き、その上を降下する。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="162" />
            <source> at character {0}</source>
            <translation> ({0}文字目)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="163" />
            <source>Not used{0}: {1}. The previous surface stays drawn.</source>
            <translation>使用できません{0}: {1}。前の曲面をそのまま表示しています。</translation>
        </message>
    </context>
    <context>
        <name>Surfaces</name>
        <message>
            <location filename="../../core/surfaces.py" line="125" />
            <source>The book's function_2 (section 4.4): a round bowl with its minimum at the origin.</source>
            <translation>本書の function_2 (4.4節): 原点に最小値をもつ丸いお椀形。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="128" />
            <source>Chapter 6's elongated bowl f(x, y) = x**2/20 + y**2: steep in y, flat in x, where plain SGD zig-zags.</source>
            <translation>6章の細長いお椀形 f(x, y) = x**2/20 + y**2: y 方向に急で x 方向に平らなため、素朴な SGD はジグザグに動きます。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="132" />
            <source>Rosenbrock's banana valley: easy to reach the valley, slow to follow it to (1, 1).</source>
            <translation>Rosenbrock のバナナ形の谷: 谷に着くのは簡単ですが、谷に沿って (1, 1) まで進むのは遅い。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="136" />
            <source>Himmelblau's function: four equal minima; where you end up depends on the start.</source>
            <translation>Himmelblau 関数: 同じ値の最小値が4つあり、どれにたどり着くかは開始点しだい。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="139" />
            <source>A saddle point at the origin: the gradient vanishes there but it is no minimum; the surface has no minimum at all (it falls without bound along x1).</source>
            <translation>原点に鞍点がある曲面: 原点で勾配は0になりますが、最小値ではありません。この曲面には最小値がまったくありません (x1 方向に限りなく下がる)。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="144" />
            <source>Beale's function: flat plateaus and sharp ridges, minimum at (3, 0.5).</source>
            <translation>Beale 関数: 平らなプラトーと鋭い尾根があり、最小値は (3, 0.5)。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="156" />
            <source>Timeline</source>
            <translation>タイムライン</translation>
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
            <translation>ここから分岐…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="171" />
            <source>Start a new run from this checkpoint with some settings changed; it shares this run's history up to here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="206" />
            <source>no checkpoint yet</source>
            <translation>チェックポイントなし</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="208" />
            <source>Iteration %1 / %2</source>
            <translation>イテレーション %1 / %2</translation>
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
            <translation type="vanished">学習時に消去する隠れ層のユニットの割合、0〜0.99 (6.4.3節。6章のプリセットのみ)</translation>
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
            <source>Save model…</source>
            <translation type="vanished">モデルを保存…</translation>
        </message>
        <message>
            <source>Save the trained network as .npz (once it has been trained or loaded: an untrained network is just its seed)</source>
            <translation type="vanished">学習したネットワークを .npz で保存 (学習後または読み込み後に可能。未学習のネットワークはシードだけで決まります)</translation>
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
            <translation type="vanished">第1層の重み: 隠れ層のユニットごとに28×28の画像 (赤 +, 青 −)</translation>
        </message>
        <message>
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation type="vanished">各タイルは784ピクセルから1つの隠れ層ユニットへの重み: そのユニットが反応するパターンです</translation>
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
            <translation type="vanished">描いた絵に対する現在のネットワークの softmax 確率</translation>
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
            <translation type="vanished">第1層の重み: 隠れ層のユニットごとに28×28の画像 (赤 +, 青 −, %1 ユニット)</translation>
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
            <location filename="../../app/panels/training/controller.py" line="136" />
            <source>The run on %1 was stopped at iteration %2; its results were cleared.</source>
            <translation>%1 での学習は繰り返し %2 で停止し、その結果は消去されました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="139" />
            <source>The results of the run on %1 were cleared.</source>
            <translation>%1 での学習の結果は消去されました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="159" />
            <source>Loading %1…</source>
            <translation>%1 を読み込み中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="180" />
            <source>Loaded %1.</source>
            <translation>%1 を読み込みました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="230" />
            <location filename="../../app/panels/training/panel.py" line="498" />
            <location filename="../../app/panels/training/sessions.py" line="85" />
            <source>Load a dataset first.</source>
            <translation>先にデータセットを読み込んでください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="249" />
            <source>Only runs trained in this view can be forked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="287" />
            <source>Training the loaded model further.</source>
            <translation>読み込んだモデルをさらに学習させます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="289" />
            <source>Training %1, a fork of %2 from iteration %3…</source>
            <translation>%1 を学習中（%2 のイテレーション %3 からの分岐）…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="291" />
            <location filename="../../app/panels/training/controller.py" line="442" />
            <source>Training…</source>
            <translation>学習中…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="327" />
            <source>Learning rate set to %1 from iteration %2.</source>
            <translation>繰り返し %2 から学習率を %1 にしました。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="342" />
            <source>Switched to %1 (fresh optimizer state).</source>
            <translation>%1 に切り替えました (最適化手法の状態は初期化)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="387" />
            <source>Stop the run before deleting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="454" />
            <source>Paused at iteration %1.</source>
            <translation>繰り返し %1 で一時停止中。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="460" />
            <location filename="../../app/panels/training/controller.py" line="573" />
            <source>Stopped at iteration %1; the network keeps what it learned.</source>
            <translation>繰り返し %1 で停止しました。ネットワークは学習した内容を保持しています。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="472" />
            <source>the loss diverged</source>
            <translation>損失が発散しました</translation>
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
            <translation>学習率を小さくして（例: %1 の10分の1）やり直してください。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="495" />
            <source>Training stopped: %1.</source>
            <translation>学習を中止しました: %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="515" />
            <source>The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must hold finite numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="540" />
            <source>The book reports about %1.</source>
            <translation>本書では約 %1 です。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="556" />
            <source>Training failed: %1</source>
            <translation>学習に失敗しました: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="701" />
            <source>%1, iteration %2</source>
            <translation>%1、イテレーション %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="710" />
            <source>Nothing to save yet: train the network (or load a model) first.</source>
            <translation>保存できるものはまだありません: 先にネットワークを学習させてください (またはモデルを読み込んでください)。</translation>
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
            <location filename="../../app/panels/training/exports.py" line="42" />
            <source>There is no confusion matrix yet: it is computed when a run ends (and after each epoch while the Errors tab is open).</source>
            <translation>混同行列はまだありません: 学習の終了時 (および「誤認識」タブを開いている間は各エポックの後) に計算されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="50" />
            <source>There are no activation histograms yet: they are computed while training and when a run ends.</source>
            <translation>アクティベーション分布はまだありません: 学習中と学習の終了時に計算されます。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="87" />
            <source>Loss curve</source>
            <translation>損失の曲線</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="88" />
            <source>Accuracy per epoch</source>
            <translation>エポックごとの認識精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="89" />
            <source>Confusion matrix</source>
            <translation>混同行列</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="91" />
            <source>Activation histograms</source>
            <translation>アクティベーション分布</translation>
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
            <translation>曲線</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="125" />
            <source>Loss per mini-batch and accuracy per epoch of every visible run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="127" />
            <source>Weights &amp;&amp; activations</source>
            <translation>重みとアクティベーション</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="128" />
            <source>First-layer weights as images and the distribution of hidden activations</source>
            <translation>第1層の重みの画像と、隠れ層のアクティベーション分布</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="129" />
            <source>Errors</source>
            <translation>誤認識</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="129" />
            <source>Confusion matrix and the most confident mistakes on the test set</source>
            <translation>混同行列と、テストデータでの確信度の高い誤認識</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="131" />
            <source>Draw</source>
            <translation>手書き</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="131" />
            <source>Draw and see what the network shown thinks it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="132" />
            <source>Gradient check</source>
            <translation>勾配確認</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="133" />
            <source>Compare backprop with the numerical gradient (book section 5.7.3)</source>
            <translation>誤差逆伝播法と数値微分による勾配を比べる (本書5.7.3節)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="276" />
            <source>Reset: weights initialised from seed %1; the previous runs stay in the list.</source>
            <translation>リセット: シード %1 で重みを初期化しました。これまでの実行は一覧に残ります。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="317" />
            <source>Fork of %1 from iteration %2: change the learning rate, the optimizer or weight decay, then press Start fork.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="348" />
            <source>%1: %2 training and %3 test images from %4</source>
            <translation>%1: 訓練画像 %2 枚、テスト画像 %3 枚 (%4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="354" />
            <source>Labels: %1</source>
            <translation>ラベル: %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="360" />
            <source>%1 loaded (%2 training and %3 test images): press Start to train.</source>
            <translation>%1 を読み込みました (訓練画像 %2 枚、テスト画像 %3 枚)。「開始」を押すと学習します。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="367" />
            <source>No dataset loaded</source>
            <translation>データセット未読み込み</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="368" />
            <source>Load a dataset to begin.</source>
            <translation>データセットを読み込んで始めましょう。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="403" />
            <source>%1 at iteration %2</source>
            <translation>%1（イテレーション %2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="411" />
            <source> — untrained network</source>
            <translation> — 未学習のネットワーク</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="520" />
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="64" />
            <source>Ch. 4: TwoLayerNet, sigmoid (book)</source>
            <translation>4章: TwoLayerNet, sigmoid (本書)</translation>
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
            <translation>6章: MultiLayerNet (初期値, BatchNorm, Dropout, 荷重減衰)</translation>
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
            <location filename="../../app/panels/training/reference.py" line="50" />
            <source>(other settings: %1)</source>
            <translation>（設定が異なります: %1）</translation>
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="239" />
            <source>Confusion matrix (test set)</source>
            <translation>混同行列 (テストデータ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="240" />
            <source>true label</source>
            <translation>正解ラベル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="241" />
            <location filename="../../app/panels/training/views.py" line="266" />
            <source>predicted label</source>
            <translation>予測ラベル</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="270" />
            <source>predicted label (numbered as the rows)</source>
            <translation>予測ラベル（番号は行と同じ）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="306" />
            <source>Network's probabilities</source>
            <translation>ネットワークの出力確率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="308" />
            <source>probability</source>
            <translation>確率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="309" />
            <source>class</source>
            <translation>クラス</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="351" />
            <source>Activation histograms (test sample)</source>
            <translation>アクティベーション分布 (テスト標本)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="352" />
            <source>share of units</source>
            <translation>ユニットの割合</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="353" />
            <source>activation value</source>
            <translation>アクティベーション</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="384" />
            <source>dead units %1%</source>
            <translation>死んだユニット %1%</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="386" />
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
            <translation>第1層の重み: 隠れ層のユニットごとに28×28の画像 (赤 +, 青 −)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="41" />
            <source>Each tile shows the weights from the 784 pixels to one hidden unit: the pattern that unit responds to</source>
            <translation>各タイルは784ピクセルから1つの隠れ層ユニットへの重み: そのユニットが反応するパターンです</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="50" />
            <source>How the hidden activations are spread over a sample of test images; dead ReLUs and saturated sigmoids stop learning (section 6.2)</source>
            <translation>テスト画像の標本に対する隠れ層のアクティベーションの分布。死んだReLUや飽和したシグモイドは学習が止まります (6.2節)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="58" />
            <source>First-layer weights, one 28×28 image per hidden unit (red +, blue −; %1 units)</source>
            <translation>第1層の重み: 隠れ層のユニットごとに28×28の画像 (赤 +, 青 −, %1 ユニット)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/inspect.py" line="61" />
            <source>Convolution filters of the first layer, %1 of %2×%3 (red +, blue −)</source>
            <translation>第1層の畳み込みフィルター: %2×%3 が %1 個 (赤 +, 青 −)</translation>
        </message>
    </context>
</TS>