<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../app/panels/training/curves.py" line="104" />
            <source>Logarithmic loss axis</source>
            <extracomment>Most points drawn for a moving average (a thick antialiased line costs per point). Minimum seconds between two redraws of a running run's loss curve. What was drawn last (symbols are costly to set again): (number of evaluations, fork point).</extracomment>
            <translation>损失轴使用对数坐标</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="105" />
            <source>Show the loss on a log scale: late, slow progress becomes visible</source>
            <translation>用对数坐标显示损失：后期缓慢的进展也能看清</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="108" />
            <source>Moving average over</source>
            <translation>移动平均：</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="112" />
            <source> iterations</source>
            <translation> 次迭代</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="113" />
            <source>Window of the moving average drawn over the raw mini-batch losses</source>
            <translation>叠加在原始mini-batch损失上的移动平均的窗口大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="116" />
            <source>Fit view</source>
            <translation>适应视图</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="117" />
            <source>Zoom out to show all the data (drag or scroll on a plot to zoom)</source>
            <translation>缩小以显示全部数据（在图上拖动或滚动可缩放）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="126" />
            <source>Training loss per mini-batch</source>
            <translation>每个mini-batch的训练损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="127" />
            <source>cross-entropy loss</source>
            <translation>交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="128" />
            <source>iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="138" />
            <source>Accuracy (train ●—, test ■ - -)</source>
            <translation>识别精度（训练 ●—，测试 ■ - -）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="139" />
            <source>accuracy</source>
            <translation>识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="140" />
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="208" />
            <source>train accuracy</source>
            <translation>训练数据识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/curves.py" line="209" />
            <source>test accuracy</source>
            <translation>测试数据识别精度</translation>
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
            <translation type="unfinished" />
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
            <location filename="../../app/panels/descent/fields.py" line="66" />
            <source>Type a number.</source>
            <translation>请输入数字。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="68" />
            <source>Too long for a number.</source>
            <translation>作为数字过长。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="73" />
            <source>Type a whole number, e.g. 20.</source>
            <translation>请输入整数，例如 20。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="74" />
            <source>Type a number such as 0.1 or 1e-4.</source>
            <translation>请输入数字，例如 0.1 或 1e-4。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="76" />
            <source>Must be a finite number.</source>
            <translation>必须是有限数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="78" />
            <source>Must be between {lo} and {hi}.</source>
            <translation>必须在 {lo} 到 {hi} 之间。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="147" />
            <source>(slider on a log scale)</source>
            <translation>（滑块为对数刻度）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="266" />
            <source>Not applied; still using {0}.</source>
            <translation>未应用；仍使用 {0}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="291" />
            <source>“{0}” was not applied. {1} Back to {2}.</source>
            <translation>“{0}”未应用。{1} 已恢复为 {2}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/fields.py" line="294" />
            <source>An empty field is not applied. Back to {0}.</source>
            <translation>空输入框不会被应用。已恢复为 {0}。</translation>
        </message>
    </context>
    <context>
        <name>DescentPanel</name>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="33" />
            <source>Descent</source>
            <translation>下降</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="33" />
            <location filename="../../app/panels/descent_panel.py" line="97" />
            <source>Optimizer race</source>
            <translation>优化方法竞赛</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="34" />
            <source>Numerical differentiation</source>
            <translation>数值微分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="35" />
            <source>One optimizer walking down a surface, step by step (figures 4-9, 4-10).</source>
            <translation>一种优化方法沿曲面逐步下降（图4-9、图4-10）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="36" />
            <source>SGD, Momentum, Nesterov, AdaGrad, RMSprop and Adam from one start (chapter 6).</source>
            <translation>SGD、Momentum、Nesterov、AdaGrad、RMSprop和Adam从同一起点出发（第6章）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="37" />
            <source>Forward and central differences and why the book picks h = 1e-4 (section 4.3).</source>
            <translation>前向差分与中心差分，以及书中为何选用 h = 1e-4（4.3节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="79" />
            <source>Gradient descent</source>
            <translation>梯度下降法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="93" />
            <source>Descent map</source>
            <translation>下降图</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="94" />
            <source>f(x) over iterations</source>
            <translation>f(x) 随迭代的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="95" />
            <source>Step ledger</source>
            <translation>步骤记录</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="98" />
            <source>Figure 6-8 (2×2)</source>
            <translation>图6-8 (2×2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="100" />
            <source>Numerical differentiation: f and tangents</source>
            <translation>数值微分：f 和切线</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent_panel.py" line="101" />
            <source>Numerical differentiation: error against h</source>
            <translation>数值微分：误差随 h 的变化</translation>
        </message>
    </context>
    <context>
        <name>DescentView</name>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="220" />
            <source>The update rule (chapter 6); SGD is the book's gradient descent.</source>
            <translation>参数的更新规则（第6章）；SGD即书中的梯度下降法。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="222" />
            <source>Optimizer</source>
            <translation>优化方法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="225" />
            <source>Learning rate η, used exactly as typed (e.g. 0.1).</source>
            <translation>学习率 η，完全按输入值使用（例如 0.1）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="227" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="230" />
            <source>Number of updates (step_num in the book).</source>
            <translation>更新次数（书中的 step_num）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="232" />
            <source>Steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="235" />
            <source>numerical (central difference)</source>
            <translation>数值微分（中心差分）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="236" />
            <source>analytic (formula)</source>
            <translation>解析（公式）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="239" />
            <source>Which gradient drives the steps; the ledger shows both.</source>
            <translation>用哪种梯度进行更新；步骤记录中两者都会显示。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="241" />
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="244" />
            <source>Step h of the numerical gradient (the book uses 1e-4).</source>
            <translation>数值梯度的步长 h（书中使用 1e-4）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="246" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="250" />
            <source>Momentum coefficient α: how much of the last velocity is kept.</source>
            <translation>Momentum 系数 α：保留多少上一次的速度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="251" />
            <source>RMSprop decay rate: how fast old squared gradients are forgotten.</source>
            <translation>RMSprop 衰减率：过去梯度的平方被遗忘的速度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="252" />
            <source>Adam's β1: decay of the first-moment (mean) estimate.</source>
            <translation>Adam 的 β1：一阶矩（均值）估计的衰减率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="253" />
            <source>Adam's β2: decay of the second-moment (squared) estimate.</source>
            <translation>Adam 的 β2：二阶矩（平方）估计的衰减率。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="254" />
            <source>Momentum α</source>
            <translation>Momentum α</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="254" />
            <source>Decay rate</source>
            <translation>衰减率</translation>
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
            <translation>起点 x0；也可在图上点击/拖动。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="269" />
            <source>Start x1; or click/drag on the map.</source>
            <translation>起点 x1；也可在图上点击/拖动。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="273" />
            <source>Start</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="279" />
            <source>log scale for f(x)</source>
            <translation>f(x) 使用对数坐标</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="281" />
            <source>Show f(x) against iteration on a logarithmic axis.</source>
            <translation>用对数坐标轴显示 f(x) 随迭代的变化。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="284" />
            <source>show −gradient arrows</source>
            <translation>显示−梯度箭头</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="286" />
            <source>Draw the field of −gradient arrows (book figure 4-9).</source>
            <translation>绘制−梯度箭头场（书中图4-9）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="301" />
            <source>The current step: k, the point x_k, f(x_k) and the last step taken.</source>
            <translation>当前步：k、点 x_k、f(x_k) 以及上一步的移动量。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="308" />
            <source>Click to set the start point; drag the cross to move it.</source>
            <translation>点击设置起点；拖动十字标记可移动起点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="323" />
            <source>The start point: drag it to move the start.</source>
            <translation>起点：拖动以移动起点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="333" />
            <source>f(x_k) against the iteration k.</source>
            <translation>f(x_k) 随迭代 k 的变化。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="335" />
            <source>iteration k</source>
            <translation>迭代 k</translation>
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
            <translation>上一步 Δx = {0}，|Δx| = {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="598" />
            <source>this surface has no minimum to find (it falls without bound)</source>
            <translation>该曲面没有可找到的最小值（它无限下降）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="600" />
            <source>the learning rate is too large here</source>
            <translation>此处学习率过大</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="602" />
            <source>the learning rate may be too large, or f has no minimum that way</source>
            <translation>学习率可能过大，或 f 在该方向上没有最小值</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="603" />
            <source>Diverged at step {0}: x = {1}; {2}.</source>
            <translation>在第 {0} 步发散：x = {1}；{2}。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="605" />
            <source>|x| passed 1e150 (or stopped being finite), so core ended the run here.</source>
            <translation>|x| 超过了 1e150（或不再是有限值），因此 core 在此结束了运行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="608" />
            <source>From step {0} on, x ± h rounds back to x, so the numerical gradient is 0 and the point freezes at {1}: stuck, not converged.</source>
            <translation>从第 {0} 步起，x ± h 舍入后又变回 x，因此数值梯度为 0，点停在 {1}：这是停滞，而不是收敛。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="621" />
            <source>Barely moving: after {0} steps the point is only {1} away from the start (learning rate too small).</source>
            <translation>几乎不动：{0} 步后，点距起点仅 {1}（学习率过小）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="659" />
            <source>point off the map: x = {0}</source>
            <translation>点已超出图范围：x = {0}</translation>
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
            <translation type="unfinished" />
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
            <translation>所检查的反向传播梯度元素中的最大值：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/gradcheck.py" line="212" />
            <source>Backprop: %1 ms for all %2 gradient entries. Numerical: %3 s for %4 entries (all %2 would take about %5 s, %6× slower). %7</source>
            <translation>误差反向传播法：全部 %2 个梯度元素用时 %1 ms。数值微分：%4 个元素用时 %3 s（全部 %2 个约需 %5 s，慢 %6 倍）。%7</translation>
        </message>
    </context>
    <context>
        <name>LossPanel</name>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="275" />
            <location filename="../../app/panels/loss_panel.py" line="331" />
            <source>Output y</source>
            <extracomment>Presentation-mode scale of the big numbers (the cards must still fit 18 digits side by side at 1280 px). Presentation-mode scale of the secondary numbers (y2, without δ), which share one line. Colour of the second output y2 (purple: orange already means cross-entropy in this panel). Neutral colour of the bars that are not the correct class. Top of the per-class chart as a multiple of its tallest bar (room for the value label above it). Significant digits of the computed cells of the batch table (the cell keeps the full value). Narrowest per-row plot beside the batch table, in pixels (its title still fits in presentation mode). Emitted after every recomputation (tests and other views can listen).</extracomment>
            <translation>输出 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="276" />
            <source>Gradients → backprop</source>
            <translation>梯度 → 误差反向传播法</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="277" />
            <source>Batch</source>
            <translation>批处理</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="278" />
            <source>Edit one output y and the correct label t; see both losses</source>
            <translation>编辑输出 y 和正确解标签 t，查看两种损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="279" />
            <source>The gradient of each loss with respect to y, and y − t for softmax</source>
            <translation>各损失关于 y 的梯度，以及 softmax 的 y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="280" />
            <source>Several rows of y and labels: the batch cross-entropy</source>
            <translation>多行 y 和标签：批处理的交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="293" />
            <location filename="../../app/panels/loss_panel.py" line="717" />
            <source>Loss functions</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="296" />
            <source>Example:</source>
            <translation>示例：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="299" />
            <source>Load an example from the book (section 4.2) or a learner's note</source>
            <translation>载入书中（4.2节）或学习者笔记中的示例</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="301" />
            <source>(your own values)</source>
            <translation>(自己输入的值)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="314" />
            <source>Where this example comes from and what to notice</source>
            <translation>该示例的出处及需要注意之处</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="334" />
            <source>Probabilities: drag the bars or type y</source>
            <translation>概率：拖动柱条或输入 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="335" />
            <source>Edit the ten probabilities directly</source>
            <translation>直接编辑10个概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="336" />
            <source>Logits a → y = softmax(a / T)</source>
            <translation>logit a → y = softmax(a / T)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="337" />
            <source>Type scores (logits); softmax turns them into probabilities</source>
            <translation>输入得分（logit）；softmax 将其转换为概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="347" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1; the panel tells you if they do not.</source>
            <translation>y 的10个值，以逗号分隔（按Enter应用）。其和不必为1；若不为1，面板会提示。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="357" />
            <source>Ten logits (any real numbers), separated by commas</source>
            <translation>10个logit（任意实数），以逗号分隔</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="361" />
            <source>Temperature T</source>
            <translation>温度 T</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="368" />
            <source>softmax(a / T): T &lt; 1 sharpens, T &gt; 1 flattens; T = 1 is the book's</source>
            <translation>softmax(a / T)：T &lt; 1 使分布更尖锐，T &gt; 1 使其更平缓；T = 1 即书中的情形</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="376" />
            <source>The sum of y: a probability vector sums to 1</source>
            <translation>y 的和：概率向量的和为1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="378" />
            <source>Make y sum to 1</source>
            <translation>使 y 的和为1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="379" />
            <source>Divide every y by the sum of y</source>
            <translation>将每个 y 除以 y 的总和</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="384" />
            <source>Correct label t</source>
            <translation>正确解标签 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="387" />
            <source>The correct class as a label index (what the book's batch code uses)</source>
            <translation>以标签索引表示的正确解类别（书中批处理代码的用法）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="390" />
            <source>The same label as a one-hot vector (what equation 4.1 uses)</source>
            <translation>以one-hot向量表示的同一标签（式(4.1)的用法）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="396" />
            <source>Click a class button under the bars to change it.</source>
            <translation>点击柱条下方的类别按钮进行更改。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="402" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="404" />
            <source>Show a second output y2</source>
            <translation>显示第二个输出 y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="405" />
            <source>Compare the losses of y and y2 for the same label</source>
            <translation>在相同标签下比较 y 和 y2 的损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="410" />
            <source>The ten values of y2, separated by commas (Enter applies)</source>
            <translation>y2 的10个值，以逗号分隔（按Enter应用）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="422" />
            <source>Sum of squared errors</source>
            <translation>均方误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="424" />
            <source>Equation 4.1: uses all ten classes (the book calls it mean_squared_error)</source>
            <translation>式(4.1)：使用全部10个类别（书中称为 mean_squared_error）</translation>
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
            <translation>交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="431" />
            <source>Equation 4.2: only the correct class counts; δ guards against log(0)</source>
            <translation>式(4.2)：只有正确解类别起作用；δ 防止出现 log(0)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="437" />
            <source>core.cross_entropy_error(y, t, delta=0): inf when y_t = 0</source>
            <translation>core.cross_entropy_error(y, t, delta=0)：y_t = 0 时为 inf</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="438" />
            <source>without δ:</source>
            <translation>不加 δ：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="455" />
            <source>Drag a bar up or down to change y; the others rescale so y sums to 1</source>
            <translation>上下拖动柱条以改变 y；其他值会重新缩放，使 y 的和为1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="469" />
            <source>Make %1 the correct class t</source>
            <translation>将 %1 设为正确解类别 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="483" />
            <source>Each loss as y_t (the probability of the correct class) varies, the other classes held fixed; the dots are the current y</source>
            <translation>其他类别保持不变时，各损失随 y_t（正确解类别的概率）的变化；圆点表示当前的 y</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="486" />
            <source>Each class's share of the loss: squared error uses all ten classes, cross-entropy only the correct one</source>
            <translation>各类别在损失中所占的份额：均方误差使用全部10个类别，交叉熵误差只使用正确解类别</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="502" />
            <location filename="../../app/panels/loss_panel.py" line="544" />
            <location filename="../../app/panels/loss_panel.py" line="586" />
            <source>class k</source>
            <translation>类别 k</translation>
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
            <translation>损失随 y&lt;sub&gt;t&lt;/sub&gt; 的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="527" />
            <source>y&lt;sub&gt;t&lt;/sub&gt;, probability of the correct class</source>
            <translation>y&lt;sub&gt;t&lt;/sub&gt;：正确解类别的概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="528" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="531" />
            <location filename="../../app/panels/loss_panel.py" line="639" />
            <source>cross-entropy</source>
            <translation>交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="532" />
            <location filename="../../app/panels/loss_panel.py" line="1100" />
            <source>squared error (y)</source>
            <translation>均方误差 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="533" />
            <location filename="../../app/panels/loss_panel.py" line="1101" />
            <location filename="../../app/panels/loss_panel.py" line="1197" />
            <source>squared error (y2)</source>
            <translation>均方误差 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="541" />
            <source>Per class: &lt;span style='color:%1'&gt;■ squared&lt;/span&gt;  &lt;span style='color:%2'&gt;■ cross-entropy&lt;/span&gt;</source>
            <translation>各类别：&lt;span style='color:%1'&gt;■ 均方误差&lt;/span&gt;  &lt;span style='color:%2'&gt;■ 交叉熵误差&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="549" />
            <source>squared error ½(y_k − t_k)²</source>
            <translation>均方误差 ½(y_k − t_k)²</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="552" />
            <source>cross-entropy −t_k log(y_k + δ)</source>
            <translation>交叉熵误差 −t_k log(y_k + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="569" />
            <source>The gradient tells each output which way to move to lower the loss: the first step of backprop. Squared error pushes every class (y − t); cross-entropy pushes only the correct class, hard when y&lt;sub&gt;t&lt;/sub&gt; is small (−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)); softmax followed by cross-entropy gives the simple y − t with respect to the logits (section 5.6.3).</source>
            <translation>梯度告诉每个输出应向哪个方向移动才能减小损失：这是误差反向传播法的第一步。均方误差推动每个类别（y − t）；交叉熵误差只推动正确解类别，且 y&lt;sub&gt;t&lt;/sub&gt; 越小推力越大（−1 / (y&lt;sub&gt;t&lt;/sub&gt; + δ)）；softmax 之后接交叉熵误差，关于 logit 的梯度就是简洁的 y − t（5.6.3节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="577" />
            <source>Bars: the gradient for each class k (computed by core.functions)</source>
            <translation>柱条：各类别 k 的梯度（由 core.functions 计算）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="578" />
            <source>squared error&lt;br&gt;∂E/∂y = y − t</source>
            <translation>均方误差&lt;br&gt;∂E/∂y = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="579" />
            <source>cross-entropy&lt;br&gt;∂E/∂y = −t / (y + δ)</source>
            <translation>交叉熵误差&lt;br&gt;∂E/∂y = −t / (y + δ)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="580" />
            <source>softmax + cross-entropy&lt;br&gt;∂E/∂a = y − t</source>
            <translation>softmax + 交叉熵误差&lt;br&gt;∂E/∂a = y − t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="603" />
            <source>The gradients with full precision</source>
            <translation>完整精度的梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="617" />
            <source>Each row is one output y with its label t. The batch cross-entropy is the mean of the rows' cross-entropies (section 4.2.4).</source>
            <translation>每行是一个输出 y 及其标签 t。批交叉熵误差是各行交叉熵误差的平均值（4.2.4节）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="622" />
            <source>Add row</source>
            <translation>添加行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="623" />
            <source>Add a row (a copy of the current output y and label)</source>
            <translation>添加一行（复制当前的输出 y 和标签）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="625" />
            <source>Remove row</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="626" />
            <source>Remove the selected row (or the last one)</source>
            <translation>删除选中的行（或最后一行）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="628" />
            <source>Book's y and y2</source>
            <translation>书中的 y 和 y2</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="629" />
            <source>Fill the table with the book's two examples (label 2)</source>
            <translation>用书中的两个示例填充表格（标签 2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="639" />
            <location filename="../../app/panels/loss_panel.py" line="1301" />
            <source>label t</source>
            <translation>标签 t</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="640" />
            <source>squared error</source>
            <translation>均方误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="642" />
            <source>Edit y values (0 or more) and the label t (0–9); the last two columns are computed by core</source>
            <translation>编辑 y 的值（0 或以上）和标签 t（0–9）；最后两列由 core 计算</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="644" />
            <source>Shown to two decimals, like the bars; hover a cell or edit it for the full value</source>
            <translation>与柱条一样显示两位小数；悬停在单元格上或编辑它可查看完整值</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="645" />
            <source>Computed by core; shown with six significant digits (… means more digits: hover the cell or export the CSV for the full value)</source>
            <translation>由 core 计算；显示六位有效数字（… 表示还有更多位：悬停在单元格上或导出CSV可查看完整值）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="661" />
            <source>Cross-entropy of each row; the line is the batch mean</source>
            <translation>每行的交叉熵误差；横线为批平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="664" />
            <source>Cross-entropy per row</source>
            <translation>每行的交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="665" />
            <source>row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="670" />
            <source>batch mean</source>
            <translation>批平均</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="691" />
            <source>Batch cross-entropy, t as label indices:</source>
            <translation>批交叉熵误差（t 为标签）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="692" />
            <source>core.cross_entropy_error(Y, labels): mean over the rows</source>
            <translation>core.cross_entropy_error(Y, labels)：各行的平均值</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="693" />
            <source>Batch cross-entropy, t as one-hot rows:</source>
            <translation>批交叉熵误差（t 为one-hot）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="694" />
            <source>core.cross_entropy_error(Y, one_hot(labels))</source>
            <translation>core.cross_entropy_error(Y, one_hot(labels))</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="695" />
            <source>Squared error over the batch (half sum):</source>
            <translation>批均方误差（½ 平方和）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="696" />
            <source>core.sum_squared_error(Y, T): NOT divided by the batch size</source>
            <translation>core.sum_squared_error(Y, T)：没有除以批大小</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="697" />
            <source>… divided by N (a true mean):</source>
            <translation>… 除以 N（真正的平均值）：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="698" />
            <source>The half sum divided by the number of rows, for comparison</source>
            <translation>½ 平方和除以行数，供比较</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="773" />
            <source>Output y (bars)</source>
            <translation>输出 y（柱状图）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="774" />
            <source>Loss against y_t</source>
            <translation>损失随 y_t 的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="775" />
            <source>Contribution of each class</source>
            <translation>各类别的贡献</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="776" />
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="777" />
            <source>Batch cross-entropy per row</source>
            <translation>每行的批交叉熵误差</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="778" />
            <source>Batch table</source>
            <translation>批处理表格</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="925" />
            <source>y = softmax(a / T), computed from the logits</source>
            <translation>y = softmax(a / T)，由 logit 计算</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="926" />
            <source>The ten values of y, separated by commas (Enter applies). They need not sum to 1.</source>
            <translation>y 的10个值，以逗号分隔（按Enter应用）。其和不必为1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="976" />
            <source>y is all zeros: it cannot be scaled to sum to 1.</source>
            <translation>y 全为0：无法缩放使其和为1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1026" />
            <source>With temperature T the gradient is taken with respect to the scaled logits a / T.</source>
            <translation>使用温度 T 时，梯度是关于缩放后的 logit a / T 求的。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1030" />
            <source>y is all zeros: there are no logits whose softmax is y.</source>
            <translation>y 全为0：不存在 softmax 结果为 y 的 logit。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1033" />
            <source>Logits taken as a = log y (softmax(log y) = y).</source>
            <translation>logit 取为 a = log y（softmax(log y) = y）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1035" />
            <source>y does not sum to 1, so no logits give exactly this y: with a = log y, softmax(a) is y / sum(y), and y − t uses that normalised y.</source>
            <translation>y 的和不为1，因此没有 logit 能恰好得到这个 y：取 a = log y 时，softmax(a) 为 y / sum(y)，y − t 使用的是归一化后的 y。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1053" />
            <source>label index: t = %1</source>
            <translation>标签：t = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1054" />
            <source>one-hot: t = [%1]</source>
            <translation>one-hot：t = [%1]</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1062" />
            <source>%1 (%2 in floating point)</source>
            <translation>%1（浮点数为 %2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1064" />
            <source>sum of y = %1</source>
            <translation>y 的和 = %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1067" />
            <source>y is not a probability vector: its values sum to %1, not 1.</source>
            <translation>y 不是概率向量：其值之和为 %1，而不是1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1072" />
            <source>y2 sums to %1, not 1.</source>
            <translation>y2 的和为 %1，而不是1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1074" />
            <source>The losses are still computed, exactly as the book's code would.</source>
            <translation>损失仍会照常计算，与书中代码的结果完全相同。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1082" />
            <source>y_t = 0: without δ, log(0) = −inf and the loss is inf. With δ = 1e-7 it is −log(1e-7) = %1, large but finite.</source>
            <translation>y_t = 0：不加 δ 时，log(0) = −inf，损失为 inf。加上 δ = 1e-7 后为 −log(1e-7) = %1，虽然很大但是有限值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1096" />
            <source>Your own values. Choose an example to load the book's or a learner's numbers.</source>
            <translation>自己输入的值。选择一个示例可载入书中或学习者笔记中的数值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1100" />
            <source>cross-entropy (y)</source>
            <translation>交叉熵误差 (y)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1101" />
            <source>cross-entropy (y2)</source>
            <translation>交叉熵误差 (y2)</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1108" />
            <source>same</source>
            <translation>相同</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1111" />
            <source>same float, printed with more digits</source>
            <translation>浮点数相同，只是输出的位数更多</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1115" />
            <source>differs: core gives</source>
            <translation>不同：core 的结果为</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1122" />
            <source>Printed in the source:</source>
            <translation>书中输出：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1163" />
            <source>&lt;span style='color:%1'&gt;■&lt;/span&gt; output y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; target t</source>
            <translation>&lt;span style='color:%1'&gt;■&lt;/span&gt; 输出 y   &lt;span style='color:%2'&gt;┅&lt;/span&gt; 正确解 t</translation>
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
            <translation>批处理至少需要一行。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1294" />
            <source>The label must be a whole number 0–9.</source>
            <translation>标签必须是0–9的整数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1302" />
            <source>Row %1, %2: %3</source>
            <translation>第%1行，%2：%3</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1315" />
            <source>Not updated — fix the highlighted cells:</source>
            <translation>未更新 — 请修正高亮的单元格：</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1341" />
            <source>✓ The one-hot form and the label-index form agree exactly (the label form just reads y[row, t] instead of multiplying by zeros).</source>
            <translation>✓ one-hot形式与标签索引形式的结果完全一致（标签形式只是直接读取 y[row, t]，而不是乘以0）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1346" />
            <source>The two forms differ by %1 (floating-point summation order).</source>
            <translation>两种形式相差 %1（浮点数求和顺序所致）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/loss_panel.py" line="1349" />
            <source>Careful: the book's mean_squared_error is a half SUM. Over these %1 rows it adds every row (%2); it is not divided by the batch size, unlike the batch cross-entropy, which is a mean.</source>
            <translation>注意：书中的 mean_squared_error 是“½ 平方和”，即求和而非平均。对这 %1 行，它把每一行都加起来（%2），没有除以批大小；而批交叉熵误差取的是平均值。</translation>
        </message>
    </context>
    <context>
        <name>LossPresets</name>
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
            <source>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</source>
            <translation>/work/shared/seeds/000_4e9a6a9d364f6e76.txt (Qiita, hidenori-t)</translation>
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
            <source>/work/shared/seeds/001_3bea403e9abd0003.txt (p. 94, batch cross-entropy)</source>
            <translation>/work/shared/seeds/001_3bea403e9abd0003.txt（p. 94，批交叉熵误差）</translation>
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
            <source>/work/shared/seeds/002_3f5329c71e06aa88.txt</source>
            <translation>/work/shared/seeds/002_3f5329c71e06aa88.txt</translation>
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
            <source>/work/shared/seeds/003_537180af1cfc32d8.txt (cnblogs, “均方误差的实现”)</source>
            <translation>/work/shared/seeds/003_537180af1cfc32d8.txt（cnblogs，“均方误差的实现”）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="63" />
            <source>The note calls the function 均方误差 (“mean squared error”) like the book, but it is a half sum of squares, not a mean.</source>
            <translation>该笔记与书中一样将此函数称为均方误差（“mean squared error”），但它其实是平方和的一半，而不是平均值。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="67" />
            <source>Note 004 (Japanese): squared error, samples 1 and 2</source>
            <translation>笔记 004（日语）：均方误差，样本 1 和 2</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="68" />
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 二乗和誤差)</source>
            <translation>/work/shared/seeds/004_677e3c6a13d28afc.txt（swim-lover，二乗和誤差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="73" />
            <source>Sample 1 puts 0.6 on the correct “2”; sample 2 puts 0.5 on “9” (“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”). Neither sums to 1 (1.07 and 1.13).</source>
            <translation>样本 1 在正确解“2”上为 0.6；样本 2 在“9”上为 0.5（“正解以外の位置のデータ(‘9’の位置)の確立が高くなると”）。两者的和都不为1（分别为 1.07 和 1.13）。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="77" />
            <source>Note 004 (Japanese): cross-entropy, 0.99 vs 0.2 on the correct class</source>
            <translation>笔记 004（日语）：交叉熵误差，正确解类别上 0.99 与 0.2 的对比</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="78" />
            <source>/work/shared/seeds/004_677e3c6a13d28afc.txt (swim-lover, 交差エントロピー誤差)</source>
            <translation>/work/shared/seeds/004_677e3c6a13d28afc.txt（swim-lover，交差エントロピー誤差）</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="83" />
            <source>0.99 on the correct class gives a loss near 0, 0.2 gives 1.6094374124342252 ≈ -log 0.2. The first y sums to 1.46: it is not a probability vector, but cross-entropy only reads y[2].</source>
            <translation>正确解类别为 0.99 时损失接近 0，为 0.2 时损失为 1.6094374124342252 ≈ -log 0.2。第一个 y 的和为 1.46：它不是概率向量，但交叉熵误差只读取 y[2]。</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="87" />
            <source>Why δ = 1e-7: the correct class has probability 0</source>
            <translation>为何需要 δ = 1e-7：正确解类别的概率为 0</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="88" />
            <source>Deep Learning from Scratch, section 4.2.2: delta = 1e-7 guards log(0)</source>
            <translation>《深度学习入门》4.2.2节：delta = 1e-7 防止出现 log(0)</translation>
        </message>
        <message>
            <location filename="../../resources/presets/loss_presets.json" line="93" />
            <source>The book's y with the label 3, whose probability is 0.0: log(0) = -inf, so without δ the loss is inf. With δ = 1e-7 it is -log(1e-7) = 16.11809565095832, large but finite, so training can go on.</source>
            <translation>书中的 y 配上标签 3，其概率为 0.0：log(0) = -inf，因此不加 δ 时损失为 inf。加上 δ = 1e-7 后为 -log(1e-7) = 16.11809565095832，虽然很大但是有限值，因此训练可以继续进行。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>MNIST training</source>
            <translation type="vanished">MNIST训练</translation>
        </message>
        <message>
            <source>Train a small network on MNIST and watch loss and accuracy (chapters 4 to 6)</source>
            <translation type="vanished">在MNIST上训练小型网络，观察损失和识别精度 (第4至6章)</translation>
        </message>
        <message>
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, MNIST training</source>
            <translation type="vanished">Ctrl+1, Ctrl+2, Ctrl+3	损失函数、梯度下降法、MNIST训练</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="43" />
            <source>Loss functions</source>
            <extracomment>(key, untranslated title, module, class). Titles are translated at display time.</extracomment>
            <translation>损失函数</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="44" />
            <source>Gradient descent</source>
            <translation>梯度下降法</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="45" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="50" />
            <source>Explore sum of squared errors and cross-entropy on a 10-class output (book section 4.2)</source>
            <extracomment>Short descriptions shown as tooltips on the panel tabs.</extracomment>
            <translation>在10类输出上探索均方误差和交叉熵误差 (书中4.2节)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="52" />
            <source>Watch gradient descent and the optimizers of chapter 6 walk down a loss surface</source>
            <translation>观察梯度下降法和第6章的优化方法沿损失曲面下降</translation>
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
            <translation>选择面板 (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="146" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="157" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="158" />
            <source>Export &amp;image…</source>
            <translation>导出图像(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="159" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="160" />
            <source>Save a plot of the current panel as PNG or SVG</source>
            <translation>将当前面板的图表保存为PNG或SVG</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="165" />
            <source>Export &amp;data…</source>
            <translation>导出数据(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="166" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="167" />
            <source>Save the data behind a plot of the current panel as CSV</source>
            <translation>将当前面板图表的数据保存为CSV</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="173" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="175" />
            <source>Close dlfs-studio</source>
            <translation>关闭dlfs-studio</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="179" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="180" />
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="182" />
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="184" />
            <source>Big fonts and thick lines for a projector; hides secondary controls (F5 or Ctrl+P)</source>
            <translation>适合投影仪的大字体和粗线条，隐藏次要控件 (F5 或 Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="188" />
            <source>&amp;Full screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="191" />
            <source>Use the whole screen (F11)</source>
            <translation>使用整个屏幕 (F11)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="204" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="205" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="207" />
            <source>List the keyboard shortcuts</source>
            <translation>列出键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="210" />
            <source>&amp;About dlfs-studio</source>
            <translation>关于dlfs-studio(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="211" />
            <source>About this application</source>
            <translation>关于本应用程序</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="264" />
            <source>This panel failed to switch presentation mode</source>
            <translation>此面板切换演示模式失败</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="315" />
            <source>A panel failed to switch presentation mode</source>
            <translation>某个面板切换演示模式失败</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="317" />
            <source>Presentation mode on (F5 to leave)</source>
            <translation>演示模式已开启 (按F5退出)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="317" />
            <source>Presentation mode off</source>
            <translation>演示模式已关闭</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="328" />
            <source>A panel failed to switch theme</source>
            <translation>某个面板切换主题失败</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="354" />
            <location filename="../../app/main_window.py" line="365" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="378" />
            <location filename="../../app/main_window.py" line="388" />
            <source>This panel has nothing to export yet.</source>
            <translation>此面板还没有可导出的内容。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="384" />
            <source>No export target named %1</source>
            <translation>没有名为 %1 的导出目标</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="393" />
            <source>Which one?</source>
            <translation>保存哪一个？</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="413" />
            <source>Export image</source>
            <translation>导出图像</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="417" />
            <source>PNG image (*.png)</source>
            <translation>PNG图像 (*.png)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="417" />
            <source>SVG vector image (*.svg)</source>
            <translation>SVG矢量图像 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="428" />
            <source>Export data</source>
            <translation>导出数据</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="433" />
            <source>CSV table (*.csv)</source>
            <translation>CSV表格 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="447" />
            <location filename="../../app/main_window.py" line="460" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="461" />
            <source>Could not save %1:
%2</source>
            <translation>无法保存 %1：
%2</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="469" />
            <source>F5 or Ctrl+P	Presentation mode on/off</source>
            <translation>F5 或 Ctrl+P	开启/关闭演示模式</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="470" />
            <source>F11	Full screen on/off</source>
            <translation>F11	开启/关闭全屏</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="471" />
            <source>Ctrl+1, Ctrl+2, Ctrl+3	Loss functions, Gradient descent, Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/main_window.py" line="472" />
            <source>Ctrl+E	Export image (PNG, SVG)</source>
            <translation>Ctrl+E	导出图像 (PNG, SVG)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="473" />
            <source>Ctrl+Shift+E	Export data (CSV)</source>
            <translation>Ctrl+Shift+E	导出数据 (CSV)</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="474" />
            <source>F1	This list</source>
            <translation>F1	此列表</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="475" />
            <source>Ctrl+Q	Quit</source>
            <translation>Ctrl+Q	退出</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="481" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="490" />
            <source>About dlfs-studio</source>
            <translation>关于dlfs-studio</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="491" />
            <source>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;A desktop lab for learning how neural networks learn, after &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (Saito, 2016).&lt;/p&gt;&lt;p&gt;Loss functions, gradient descent and MNIST training, computed by a small NumPy engine you can read.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dlfs-studio&lt;/h3&gt;&lt;p&gt;一个体验神经网络如何学习的桌面实验室，基于&lt;i&gt;深度学习入门：基于Python的理论与实现&lt;/i&gt;（斋藤康毅，2016）。&lt;/p&gt;&lt;p&gt;损失函数、梯度下降法和MNIST训练均由一个可阅读的小型NumPy引擎计算。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="525" />
            <source>Closing dlfs-studio discards it.</source>
            <translation>关闭dlfs-studio将丢弃它。</translation>
        </message>
        <message>
            <location filename="../../app/main_window.py" line="535" />
            <source>Not closed: the training is kept.</source>
            <translation>未关闭：训练结果已保留。</translation>
        </message>
    </context>
    <context>
        <name>NumDiffView</name>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="61" />
            <source>f(x) = 0.01·x² + 0.1·x   (the book's function_1)</source>
            <extracomment>Errors of exactly 0 cannot be drawn on a log axis; they are drawn at this floor instead.</extracomment>
            <translation>f(x) = 0.01·x² + 0.1·x   （书中的 function_1）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="63" />
            <source>The example function of section 4.3.2.</source>
            <translation>4.3.2节的示例函数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="67" />
            <source>The point x where the derivative is estimated; or drag the vertical line.</source>
            <translation>估计导数的点 x；也可以拖动竖线。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="70" />
            <source>x</source>
            <translation>x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="72" />
            <source>The step h of the difference, from 1e-1 down to 1e-50.</source>
            <translation>差分的步长 h，从 1e-1 到 1e-50。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="74" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="82" />
            <source>The exact derivative 0.02·x + 0.1.</source>
            <translation>精确导数 0.02·x + 0.1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="83" />
            <source>core.gradient.numerical_diff: (f(x+h) − f(x−h)) / 2h, in full.</source>
            <translation>core.gradient.numerical_diff：(f(x+h) − f(x−h)) / 2h，完整精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="84" />
            <source>core.gradient.forward_diff: (f(x+h) − f(x)) / h, in full.</source>
            <translation>core.gradient.forward_diff：(f(x+h) − f(x)) / h，完整精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="85" />
            <source>true f′(x)</source>
            <translation>真值 f′(x)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="86" />
            <source>central</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="87" />
            <source>forward</source>
            <translation>前向差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="94" />
            <source>The book's tangents use h = 1e-4 (numerical_diff's default).</source>
            <translation>书中的切线使用 h = 1e-4（numerical_diff 的默认值）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="97" />
            <source>The book's tangents (h = 1e-4):
x = 5:  slope {0}
x = 10: slope {1}</source>
            <translation>书中的切线（h = 1e-4）：
x = 5:  斜率 {0}
x = 10: 斜率 {1}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="107" />
            <source>f(x) with its tangent lines; drag the vertical line to move x.</source>
            <translation>f(x) 及其切线；拖动竖线可移动 x。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="112" />
            <source>f(x) and tangents</source>
            <translation>f(x) 和切线</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="119" />
            <source>tangent at x = {0:g}</source>
            <translation>x = {0:g} 处的切线</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="121" />
            <source>tangent at x (current h)</source>
            <translation>x 处的切线（当前 h）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="123" />
            <source>Drag to move x.</source>
            <translation>拖动以移动 x。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="132" />
            <source>Error of the estimates against h, both axes logarithmic; the dots mark the current h.</source>
            <translation>估计值的误差随 h 的变化，两轴均为对数坐标；圆点表示当前的 h。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="137" />
            <source>|estimate − true|</source>
            <translation>|估计值 − 真值|</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="138" />
            <source>Error against h</source>
            <translation>误差随 h 的变化</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="142" />
            <source>forward difference</source>
            <translation>前向差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="143" />
            <source>central difference</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="150" />
            <source>book's h = 1e-4 →</source>
            <translation>书中的 h = 1e-4 →</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="157" />
            <source>x + h == x to the left</source>
            <translation>左侧 x + h == x</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="249" />
            <source>x + h == x in float64: h = {0} is lost when added to x = {1} (rounding), so f(x+h) − f(x−h) = 0 and the estimate is {2}. Too small an h fails.</source>
            <translation>在 float64 中 x + h == x：h = {0} 加到 x = {1} 上时因舍入而丢失，因此 f(x+h) − f(x−h) = 0，估计值为 {2}。h 太小会导致失败。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="254" />
            <source>h is large: the forward difference is off by about 0.01·h (truncation error); the central difference cancels it for this quadratic.</source>
            <translation>h 较大：前向差分约有 0.01·h 的偏差（截断误差）；对于这个二次函数，中心差分会将其抵消。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="258" />
            <source>Rounding noise: f(x+h) and f(x−h) agree in most of their digits, so their difference has few correct digits left.</source>
            <translation>舍入噪声：f(x+h) 与 f(x−h) 的大部分位数相同，因此两者之差只剩下很少的正确位数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/numdiff_view.py" line="262" />
            <source>Good: around h = 1e-4 (the book's choice) truncation and rounding errors are both small.</source>
            <translation>良好：在 h = 1e-4（书中的选择）附近，截断误差和舍入误差都很小。</translation>
        </message>
    </context>
    <context>
        <name>PanelDialogs</name>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="42" />
            <source>Folder holding the four IDX files</source>
            <translation>包含四个IDX文件的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="49" />
            <location filename="../../app/panels/training/dialogs.py" line="62" />
            <source>Loading %1 clears the results of this network.</source>
            <translation>加载 %1 会清除此网络的结果。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="57" />
            <source>Folder holding mnist/ and fashion-mnist/</source>
            <translation>包含 mnist/ 和 fashion-mnist/ 的文件夹</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="74" />
            <source>The dataset could not be loaded: %1</source>
            <translation>无法加载数据集：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="76" />
            <source>The dataset could not be loaded: %1: %2</source>
            <translation>无法加载数据集：%1：%2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="94" />
            <source>Save model</source>
            <translation>保存模型</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="95" />
            <location filename="../../app/panels/training/dialogs.py" line="113" />
            <source>NumPy model (*.npz)</source>
            <translation>NumPy模型 (*.npz)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="106" />
            <source>Could not save the model: %1</source>
            <translation>无法保存模型：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="108" />
            <source>Saved the model to %1.</source>
            <translation>模型已保存到 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="112" />
            <source>Load model</source>
            <translation>加载模型</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="123" />
            <location filename="../../app/panels/training/dialogs.py" line="130" />
            <source>Could not load the model: %1</source>
            <translation>无法加载模型：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="138" />
            <source>Model %1 loaded.</source>
            <translation>已加载模型 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="140" />
            <source>Loaded %1; Start trains it further.</source>
            <translation>已加载 %1；点击“开始”继续训练。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="172" />
            <source>Deleting it discards it.</source>
            <translation>删除后将丢失。</translation>
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
            <translation>在 %1 上的训练正在进行（第 %2 / %3 次迭代）；其网络尚未保存。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="215" />
            <source>Unsaved network</source>
            <translation>未保存的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/dialogs.py" line="216" />
            <source>Save the network first?</source>
            <translation>是否先保存网络？</translation>
        </message>
    </context>
    <context>
        <name>PanelLoadError</name>
        <message>
            <location filename="../../app/main_window.py" line="75" />
            <source>The panel “%1” could not be loaded:</source>
            <translation>无法加载面板“%1”：</translation>
        </message>
    </context>
    <context>
        <name>Playback</name>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="37" />
            <source>Reset: go back to the start point (step 0).</source>
            <translation>重置：回到起点（第0步）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="39" />
            <source>Step back: return exactly to the previous step.</source>
            <translation>后退一步：准确回到上一步。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="40" />
            <location filename="../../app/panels/descent/playback.py" line="102" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="41" />
            <source>Play or pause the animation.</source>
            <translation>播放或暂停动画。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="43" />
            <source>Single step forward: take one optimizer update.</source>
            <translation>前进一步：执行一次参数更新。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="49" />
            <source>Speed (steps/s)</source>
            <translation>速度（步/秒）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="52" />
            <source>Animation speed in steps per second.</source>
            <translation>动画速度（每秒步数）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/playback.py" line="99" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
    </context>
    <context>
        <name>RaceView</name>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="102" />
            <source>Book figure 6-8</source>
            <extracomment>The book's figure 6-8: surface, start, steps and learning rates (optimizer_compare_naive.py). The four panels of the book's figure, in its order.</extracomment>
            <translation>书中图6-8</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="103" />
            <source>Chapter 6's comparison: x²/20 + y² from (-7, 2), 30 steps, SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3.</source>
            <translation>第6章的比较：x²/20 + y²，从 (-7, 2) 出发，30 步，SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="121" />
            <source>Include {0} in the race.</source>
            <translation>让 {0} 参加竞赛。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="124" />
            <source>Learning rate of {0}, used exactly as typed.</source>
            <translation>{0} 的学习率，完全按输入值使用。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="132" />
            <source>Optimizer and learning rate</source>
            <translation>优化方法和学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="133" />
            <source>Each optimizer's learning rate; other hyperparameters keep the book's defaults.</source>
            <translation>各优化方法的学习率；其他超参数保持书中的默认值。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="138" />
            <source>Number of updates for every optimizer.</source>
            <translation>每个优化方法的更新次数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="140" />
            <source>Steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="142" />
            <source>analytic (like chapter 6)</source>
            <translation>解析（同第6章）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="143" />
            <source>numerical (h = 1e-4)</source>
            <translation>数值微分 (h = 1e-4)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="144" />
            <source>Which gradient drives the updates; chapter 6 uses the formula.</source>
            <translation>用哪种梯度进行更新；第6章使用公式（解析梯度）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="146" />
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="150" />
            <source>Start x0 for every optimizer; or click the plot.</source>
            <translation>所有优化方法共同的起点 x0；也可以点击图。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="153" />
            <source>Start x1 for every optimizer; or click the plot.</source>
            <translation>所有优化方法共同的起点 x1；也可以点击图。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="157" />
            <source>Start</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="160" />
            <source>The finish line: a racer finishes when f(x) ≤ ε.</source>
            <translation>终点线：当 f(x) ≤ ε 时，参赛者到达终点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="162" />
            <source>ε (finish)</source>
            <translation>ε（终点）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="168" />
            <source>One plot</source>
            <translation>单个图</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="169" />
            <source>All racers on one plot.</source>
            <translation>所有参赛者画在一张图上。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="170" />
            <source>2×2 like the book</source>
            <translation>同书中的 2×2</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="171" />
            <source>Four small plots like figure 6-8: SGD, Momentum, AdaGrad, Adam.</source>
            <translation>像图6-8一样的四张小图：SGD、Momentum、AdaGrad、Adam。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="189" />
            <source>The race's current step.</source>
            <translation>竞赛的当前步。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="191" />
            <source>Click to set the common start point.</source>
            <translation>点击设置共同的起点。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="213" />
            <source>Figure 6-8: each optimizer's path on x²/20 + y².</source>
            <translation>图6-8：各优化方法在 x²/20 + y² 上的路径。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="235" />
            <source>Leaderboard</source>
            <translation>排行榜</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="238" />
            <source>optimizer</source>
            <translation>优化方法</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="238" />
            <source>lr</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="239" />
            <source>steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="239" />
            <source>f now</source>
            <translation>当前 f</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="240" />
            <source>Steps until f(x) ≤ ε for the first time.</source>
            <translation>首次达到 f(x) ≤ ε 所需的步数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="247" />
            <source>Who reaches f ≤ ε first (fewest steps); the rest ordered by their current f. Hover a number for full precision.</source>
            <translation>最先达到 f ≤ ε 者（步数最少）排在最前；其余按当前 f 排序。悬停在数字上可查看完整精度。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="403" />
            <source>{0} (not in the race)</source>
            <translation>{0}（未参赛）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="411" />
            <source>Tick at least one optimizer to start a race.</source>
            <translation>请至少勾选一个优化方法以开始竞赛。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="413" />
            <source>step {0} of {1}   ·   start {2}   ·   {3}</source>
            <translation>第 {0} / {1} 步   ·   起点 {2}   ·   {3}</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="445" />
            <source>diverged</source>
            <translation>发散</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="447" />
            <source>not yet</source>
            <translation>尚未</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/race_view.py" line="460" />
            <source>ε = {0}; a racer finishes at the first step with f(x) ≤ ε (core.descent.steps_to_reach).</source>
            <translation>ε = {0}；参赛者在首次满足 f(x) ≤ ε 的那一步到达终点（core.descent.steps_to_reach）。</translation>
        </message>
    </context>
    <context>
        <name>RunButtons</name>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="26" />
            <location filename="../../app/panels/training/buttons.py" line="73" />
            <source>Start</source>
            <translation>起点</translation>
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
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="29" />
            <source>Pause or resume training  [Space]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/buttons.py" line="30" />
            <source>Step</source>
            <translation>单步</translation>
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
            <translation type="unfinished" />
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
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="46" />
            <source>iteration</source>
            <translation>迭代</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="47" />
            <source>train acc</source>
            <translation>训练精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="47" />
            <source>test acc</source>
            <translation>测试精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="48" />
            <source>Every run is kept until you delete it: tick to overlay its curves, click to inspect it, double-click its name to rename it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="62" />
            <source>Delete run</source>
            <translation>删除运行</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="63" />
            <source>Forget the selected run (asks first when it is not saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="65" />
            <source>Save runs…</source>
            <translation>保存运行…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="66" />
            <source>Save the runs (settings, curves, checkpoints) as a session folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="68" />
            <source>Open runs…</source>
            <translation>打开运行…</translation>
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
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="110" />
            <source>running</source>
            <translation>训练中</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="110" />
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="111" />
            <source>diverged</source>
            <translation>发散</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="112" />
            <source>loaded</source>
            <translation>已加载</translation>
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
            <translation>隐藏层的激活函数 (第3章)</translation>
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
            <translation>在每个激活函数之前插入 BatchNorm（6.3节；仅限第6章预设）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/form.py" line="168" />
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation>训练时删除的隐藏层神经元比例，0 到 0.99（6.4.3节；仅限第6章预设）</translation>
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
        <name>StatusStrip</name>
        <message>
            <location filename="../../app/panels/training/status.py" line="34" />
            <source>Load a dataset to begin.</source>
            <translation>加载数据集以开始。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="35" />
            <source>Iteration, epoch, training speed, elapsed and remaining time</source>
            <translation>迭代次数、epoch、训练速度、已用时间和剩余时间</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="44" />
            <source>Share of the run done (its mini-batches, then its last evaluation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="48" />
            <source>What happened last (errors, divergence, results)</source>
            <translation>最近发生的情况（错误、发散、结果）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="78" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · %5 left</source>
            <translation>迭代 %1 / %2 · epoch %3 · %4 张/秒 · 剩余 %5</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="83" />
            <source>Iteration %1 / %2 · epoch %3 · %4 images/s · elapsed %5 · remaining %6 · lr %7</source>
            <translation>迭代 %1 / %2 · epoch %3 · %4 张/秒 · 已用 %5 · 剩余 %6 · 学习率 %7</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="98" />
            <source>Iteration %1 / %1 · evaluating the final network on the training and test images…</source>
            <translation>迭代 %1 / %1 · 正在用训练和测试图像评估最终网络…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="106" />
            <source>evaluating %p% · about %1 left</source>
            <translation>评估中 %p% · 约剩 %1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/status.py" line="107" />
            <source>evaluating…</source>
            <translation>评估中…</translation>
        </message>
    </context>
    <context>
        <name>StepLedger</name>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="66" />
            <source>∂f/∂x0 numerical</source>
            <extracomment>Column names as shown (translated); CSV headers stay in BASE's stable English form.</extracomment>
            <translation>∂f/∂x0 数值</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="67" />
            <source>∂f/∂x0 analytic</source>
            <translation>∂f/∂x0 解析</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="68" />
            <source>∂f/∂x1 numerical</source>
            <translation>∂f/∂x1 数值</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="69" />
            <source>∂f/∂x1 analytic</source>
            <translation>∂f/∂x1 解析</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="70" />
            <source>step x0</source>
            <translation>步长 x0</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="71" />
            <source>step x1</source>
            <translation>步长 x1</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="156" />
            <source>Right-click the column titles to choose the columns.</source>
            <translation>右键单击列标题可选择要显示的列。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="161" />
            <source>Step number k (0 is the start point).</source>
            <translation>步骤编号 k（0 为起点）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>First coordinate of the point x_k.</source>
            <translation>点 x_k 的第一个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="162" />
            <source>Second coordinate of the point x_k.</source>
            <translation>点 x_k 的第二个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="163" />
            <source>Function value f(x_k).</source>
            <translation>函数值 f(x_k)。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="164" />
            <source>Central-difference estimate of ∂f/∂x0 at x_k (core.gradient.numerical_gradient).</source>
            <translation>在 x_k 处用中心差分估计的 ∂f/∂x0（core.gradient.numerical_gradient）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="165" />
            <source>Exact ∂f/∂x0 at x_k from the surface's formula.</source>
            <translation>根据曲面公式求得的 x_k 处的精确 ∂f/∂x0。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="166" />
            <source>Central-difference estimate of ∂f/∂x1 at x_k.</source>
            <translation>在 x_k 处用中心差分估计的 ∂f/∂x1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="167" />
            <source>Exact ∂f/∂x1 at x_k from the surface's formula.</source>
            <translation>根据曲面公式求得的 x_k 处的精确 ∂f/∂x1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="168" />
            <source>Step taken from x_k to x_(k+1), first coordinate.</source>
            <translation>从 x_k 到 x_(k+1) 的步长，第一个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="169" />
            <source>Step taken from x_k to x_(k+1), second coordinate.</source>
            <translation>从 x_k 到 x_(k+1) 的步长，第二个坐标。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="172" />
            <source>Optimizer state (velocity v, squared-gradient sum h, Adam's m and v) before this update.</source>
            <translation>本次更新前的优化方法状态（速度 v、梯度平方和 h、Adam 的 m 和 v）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="258" />
            <source>Every step: point, value, numerical and exact gradient, step and optimizer state; hover a cell for full precision, Ctrl+C copies it exactly.</source>
            <translation>每一步的点、函数值、数值梯度与精确梯度、步长和优化方法状态；悬停在单元格上可查看完整精度，Ctrl+C 可精确复制。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="260" />
            <source>Copy with full precision</source>
            <translation>以完整精度复制</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="265" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="334" />
            <source>Show all columns</source>
            <translation>显示所有列</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/ledger.py" line="335" />
            <source>Fit column widths</source>
            <translation>自动调整列宽</translation>
        </message>
    </context>
    <context>
        <name>SurfacePicker</name>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="77" />
            <source>custom: type f(x0, x1)…</source>
            <extracomment>Display names of the optimizers (keys are core's). Steps recomputed synchronously when a parameter changes; beyond this the cursor is clamped.</extracomment>
            <translation>自定义：输入 f(x0, x1)…</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="80" />
            <source>Choose the function to descend, or 'custom' to type your own.</source>
            <translation>选择要下降的函数，或选择“自定义”输入自己的函数。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="85" />
            <source>e.g. x0**2 + 3*sin(x1)</source>
            <translation>例如 x0**2 + 3*sin(x1)</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="86" />
            <source>Type a function of x0 and x1 and press Enter; it is parsed safely by core (never evaluated as Python).</source>
            <translation>输入 x0 和 x1 的函数并按Enter；core 会安全地解析它（绝不会作为 Python 代码执行）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="88" />
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="89" />
            <source>Draw and descend the typed function.</source>
            <translation>绘制输入的函数并在其上下降。</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="162" />
            <source> at character {0}</source>
            <translation>（第 {0} 个字符处）</translation>
        </message>
        <message>
            <location filename="../../app/panels/descent/descent_view.py" line="163" />
            <source>Not used{0}: {1}. The previous surface stays drawn.</source>
            <translation>未采用{0}：{1}。仍显示之前的曲面。</translation>
        </message>
    </context>
    <context>
        <name>Surfaces</name>
        <message>
            <location filename="../../core/surfaces.py" line="125" />
            <source>The book's function_2 (section 4.4): a round bowl with its minimum at the origin.</source>
            <translation>书中的 function_2（4.4节）：圆形的碗状曲面，最小值位于原点。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="128" />
            <source>Chapter 6's elongated bowl f(x, y) = x**2/20 + y**2: steep in y, flat in x, where plain SGD zig-zags.</source>
            <translation>第6章的细长碗状曲面 f(x, y) = x**2/20 + y**2：y 方向陡峭，x 方向平缓，普通的 SGD 会呈“之”字形移动。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="132" />
            <source>Rosenbrock's banana valley: easy to reach the valley, slow to follow it to (1, 1).</source>
            <translation>Rosenbrock 的香蕉形山谷：很容易到达谷底，但沿山谷走到 (1, 1) 却很慢。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="136" />
            <source>Himmelblau's function: four equal minima; where you end up depends on the start.</source>
            <translation>Himmelblau 函数：有四个相等的最小值；最终到达哪一个取决于起点。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="139" />
            <source>A saddle point at the origin: the gradient vanishes there but it is no minimum; the surface has no minimum at all (it falls without bound along x1).</source>
            <translation>原点处是鞍点：该处梯度为0，但并不是最小值；这个曲面根本没有最小值（沿 x1 方向无限下降）。</translation>
        </message>
        <message>
            <location filename="../../core/surfaces.py" line="144" />
            <source>Beale's function: flat plateaus and sharp ridges, minimum at (3, 0.5).</source>
            <translation>Beale 函数：有平坦的高原和陡峭的山脊，最小值位于 (3, 0.5)。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="156" />
            <source>Timeline</source>
            <translation>时间线</translation>
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
            <translation>从此处分支…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="171" />
            <source>Start a new run from this checkpoint with some settings changed; it shares this run's history up to here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="206" />
            <source>no checkpoint yet</source>
            <translation>尚无检查点</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/runs_view.py" line="208" />
            <source>Iteration %1 / %2</source>
            <translation>迭代 %1 / %2</translation>
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
            <translation type="vanished">隐藏层的激活函数 (第3章)</translation>
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
            <translation type="vanished">在每个激活函数之前插入 BatchNorm（6.3节；仅限第6章预设）</translation>
        </message>
        <message>
            <source>Share of hidden units dropped in training, 0 to 0.99 (section 6.4.3; chapter 6 preset only)</source>
            <translation type="vanished">训练时删除的隐藏层神经元比例，0 到 0.99（6.4.3节；仅限第6章预设）</translation>
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
            <source>Save model…</source>
            <translation type="vanished">保存模型…</translation>
        </message>
        <message>
            <source>Save the trained network as .npz (once it has been trained or loaded: an untrained network is just its seed)</source>
            <translation type="vanished">将训练好的网络保存为 .npz（需先训练或加载：未训练的网络只是其随机种子而已）</translation>
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
            <translation type="vanished">网络看到的图像 (28×28)</translation>
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
            <translation type="vanished">max |数值 − 反向传播|</translation>
        </message>
        <message>
            <source>mean |num − backprop|</source>
            <translation type="vanished">mean |数值 − 反向传播|</translation>
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
            <translation type="vanished">看起来像 %1 (%2%)</translation>
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
            <translation type="vanished">加载模型将替换它。</translation>
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
            <location filename="../../app/panels/training/controller.py" line="136" />
            <source>The run on %1 was stopped at iteration %2; its results were cleared.</source>
            <translation>在 %1 上的训练已在第 %2 次迭代时停止；其结果已清除。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="139" />
            <source>The results of the run on %1 were cleared.</source>
            <translation>在 %1 上的训练结果已清除。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="159" />
            <source>Loading %1…</source>
            <translation>正在加载 %1…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="180" />
            <source>Loaded %1.</source>
            <translation>已加载 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="230" />
            <location filename="../../app/panels/training/panel.py" line="498" />
            <location filename="../../app/panels/training/sessions.py" line="85" />
            <source>Load a dataset first.</source>
            <translation>请先加载数据集。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="249" />
            <source>Only runs trained in this view can be forked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="287" />
            <source>Training the loaded model further.</source>
            <translation>继续训练已加载的模型。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="289" />
            <source>Training %1, a fork of %2 from iteration %3…</source>
            <translation>正在训练 %1（%2 从迭代 %3 的分支）…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="291" />
            <location filename="../../app/panels/training/controller.py" line="442" />
            <source>Training…</source>
            <translation>正在训练…</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="327" />
            <source>Learning rate set to %1 from iteration %2.</source>
            <translation>从第 %2 次迭代起学习率设为 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="342" />
            <source>Switched to %1 (fresh optimizer state).</source>
            <translation>已切换到 %1（优化方法状态已重置）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="387" />
            <source>Stop the run before deleting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="454" />
            <source>Paused at iteration %1.</source>
            <translation>在第 %1 次迭代时暂停。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="460" />
            <location filename="../../app/panels/training/controller.py" line="573" />
            <source>Stopped at iteration %1; the network keeps what it learned.</source>
            <translation>在第 %1 次迭代时停止；网络保留已学到的内容。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="472" />
            <source>the loss diverged</source>
            <translation>损失发散了</translation>
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
            <translation>请减小学习率（例如 %1 的十分之一）后重新开始。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="495" />
            <source>Training stopped: %1.</source>
            <translation>训练已停止：%1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="515" />
            <source>The parameters are not finite numbers (inf or NaN), so they cannot be saved: a model file must hold finite numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="540" />
            <source>The book reports about %1.</source>
            <translation>书中的结果约为 %1。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="556" />
            <source>Training failed: %1</source>
            <translation>训练失败：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="701" />
            <source>%1, iteration %2</source>
            <translation>%1，迭代 %2</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/controller.py" line="710" />
            <source>Nothing to save yet: train the network (or load a model) first.</source>
            <translation>还没有可保存的内容：请先训练网络（或加载模型）。</translation>
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
            <location filename="../../app/panels/training/exports.py" line="42" />
            <source>There is no confusion matrix yet: it is computed when a run ends (and after each epoch while the Errors tab is open).</source>
            <translation>还没有混淆矩阵：它在训练结束时计算（打开“识别错误”选项卡时，每个epoch后也会计算）。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="50" />
            <source>There are no activation histograms yet: they are computed while training and when a run ends.</source>
            <translation>还没有激活值分布：它在训练过程中及训练结束时计算。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="87" />
            <source>Loss curve</source>
            <translation>损失曲线</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="88" />
            <source>Accuracy per epoch</source>
            <translation>每个epoch的识别精度</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="89" />
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/exports.py" line="91" />
            <source>Activation histograms</source>
            <translation>激活值分布</translation>
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
            <translation>曲线</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="125" />
            <source>Loss per mini-batch and accuracy per epoch of every visible run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="127" />
            <source>Weights &amp;&amp; activations</source>
            <translation>权重和激活值</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="128" />
            <source>First-layer weights as images and the distribution of hidden activations</source>
            <translation>以图像显示的第1层权重，以及隐藏层激活值的分布</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="129" />
            <source>Errors</source>
            <translation>识别错误</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="129" />
            <source>Confusion matrix and the most confident mistakes on the test set</source>
            <translation>混淆矩阵，以及测试数据中置信度最高的识别错误</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="131" />
            <source>Draw</source>
            <translation>手写</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="131" />
            <source>Draw and see what the network shown thinks it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="132" />
            <source>Gradient check</source>
            <translation>梯度确认</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="133" />
            <source>Compare backprop with the numerical gradient (book section 5.7.3)</source>
            <translation>比较误差反向传播法和数值微分求得的梯度 (书中5.7.3节)</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="276" />
            <source>Reset: weights initialised from seed %1; the previous runs stay in the list.</source>
            <translation>重置：已用种子 %1 初始化权重；之前的运行保留在列表中。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="317" />
            <source>Fork of %1 from iteration %2: change the learning rate, the optimizer or weight decay, then press Start fork.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="348" />
            <source>%1: %2 training and %3 test images from %4</source>
            <translation>%1：%2 张训练图像和 %3 张测试图像，来自 %4</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="354" />
            <source>Labels: %1</source>
            <translation>标签：%1</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="360" />
            <source>%1 loaded (%2 training and %3 test images): press Start to train.</source>
            <translation>已加载 %1（%2 张训练图像和 %3 张测试图像）：点击“开始”进行训练。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="367" />
            <source>No dataset loaded</source>
            <translation>未加载数据集</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="368" />
            <source>Load a dataset to begin.</source>
            <translation>加载数据集以开始。</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="403" />
            <source>%1 at iteration %2</source>
            <translation>%1（迭代 %2）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="411" />
            <source> — untrained network</source>
            <translation> — 未训练的网络</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/panel.py" line="520" />
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
            <translation>第6章：MultiLayerNet（初始值、BatchNorm、Dropout、权值衰减）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/presets.py" line="73" />
            <source>five layers with the options of chapter 6; try BatchNorm, dropout and weight decay</source>
            <translation>五层网络，带有第6章的各选项；可尝试 BatchNorm、Dropout 和权值衰减</translation>
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
            <location filename="../../app/panels/training/reference.py" line="50" />
            <source>(other settings: %1)</source>
            <translation>（设置不同：%1）</translation>
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="239" />
            <source>Confusion matrix (test set)</source>
            <translation>混淆矩阵（测试数据）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="240" />
            <source>true label</source>
            <translation>正确解标签</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="241" />
            <location filename="../../app/panels/training/views.py" line="266" />
            <source>predicted label</source>
            <translation>预测标签</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="270" />
            <source>predicted label (numbered as the rows)</source>
            <translation>预测标签（编号同行）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="306" />
            <source>Network's probabilities</source>
            <translation>网络输出的概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="308" />
            <source>probability</source>
            <translation>概率</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="309" />
            <source>class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="351" />
            <source>Activation histograms (test sample)</source>
            <translation>激活值分布（测试样本）</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="352" />
            <source>share of units</source>
            <translation>神经元比例</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="353" />
            <source>activation value</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="384" />
            <source>dead units %1%</source>
            <translation>失活神经元 %1%</translation>
        </message>
        <message>
            <location filename="../../app/panels/training/views.py" line="386" />
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
</TS>