<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Inspector</name>
    <message>
        <source>lr this step</source>
        <translation>이번 스텝의 lr</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>distance to a minimum (log)</source>
        <translation>최소점까지의 거리 (로그)</translation>
    </message>
</context>
<context>
    <name>TrueGeometry</name>
    <message>
        <source>True &amp;geometry (1:1)</source>
        <translation>실제 비율(&amp;G) (1:1)</translation>
    </message>
    <message>
        <source>Draw one unit of x as long as one unit of y, so round bowls look round and steps meet the contours at their true angle (data-set losses are never locked).</source>
        <translation>x의 한 단위를 y의 한 단위와 같은 길이로 그려, 둥근 그릇은 둥글게 보이고 스텝이 등고선과 실제 각도로 만나게 합니다(데이터 집합 손실은 고정하지 않습니다).</translation>
    </message>
</context>
<context>
    <name>SmoothNoisyLosses</name>
    <message>
        <source>&amp;Smooth noisy losses</source>
        <translation>잡음 있는 손실 매끄럽게(&amp;S)</translation>
    </message>
    <message>
        <source>Draw the loss of runs with gradient noise or mini-batches as a moving average (the raw loss stays, faint, behind it).</source>
        <translation>그레이디언트 잡음이나 미니배치를 쓰는 실행의 손실을 이동 평균으로 그립니다(원래 손실은 뒤에 흐리게 남습니다).</translation>
    </message>
</context>
<context>
    <name>QuadraticLab</name>
    <message>
        <source>Quadratic lab</source>
        <translation>이차 함수 실험실</translation>
    </message>
    <message>
        <source>learning rate (log scale)</source>
        <translation>학습률 (로그 눈금)</translation>
    </message>
    <message>
        <source>momentum β</source>
        <translation>모멘텀 β</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>error along the gentle (—) and steep (- -) axis</source>
        <translation>완만한 축(—)과 가파른 축(- -) 방향의 오차</translation>
    </message>
    <message>
        <source>monotonic</source>
        <translation>단조 감소</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>진동</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>Click to give the selected run that lr and momentum.</source>
        <translation>클릭하면 선택한 실행에 그 학습률과 모멘텀을 줍니다.</translation>
    </message>
    <message>
        <source>Open the quadratic bowl (Surface ▸ Quadratic bowl) to see its phase diagram.</source>
        <translation>위상도를 보려면 이차 그릇(곡면 ▸ 이차 그릇)을 여세요.</translation>
    </message>
    <message>
        <source>κ = {0:.3g}: where heavy ball converges without oscillating, oscillates, or diverges.</source>
        <translation>κ = {0:.3g}: 헤비 볼이 진동 없이 수렴하는 곳, 진동하는 곳, 발산하는 곳.</translation>
    </message>
    <message>
        <source>Phase diagram setting</source>
        <translation>위상도 설정</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>&lt;b&gt;Drag&lt;/b&gt; a start marker</source>
        <translation>시작점 표시를 &lt;b&gt;끌기&lt;/b&gt;</translation>
    </message>
    <message>
        <source>move it and watch the paths follow</source>
        <translation>옮기면 경로가 따라 바뀝니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift+click&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+click&lt;/b&gt; on the plot</source>
        <translation>그래프에서 &lt;b&gt;Shift+클릭&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+클릭&lt;/b&gt;</translation>
    </message>
    <message>
        <source>move the selected run's start / every start here (a plain click moves nothing)</source>
        <translation>선택한 실행의 시작점 / 모든 시작점을 여기로 옮깁니다(그냥 클릭은 아무것도 옮기지 않습니다)</translation>
    </message>
    <message>
        <source>leave a text or number box: the keys go back to the timeline</source>
        <translation>글자·숫자 입력 칸에서 나갑니다: 키가 타임라인으로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>CurvatureOverlay</name>
    <message>
        <source>&amp;Curvature</source>
        <translation>곡률(&amp;C)</translation>
    </message>
    <message>
        <source>Draw the local curvature at the selected run's step: the Hessian's axes, the quadratic model's ellipse and the step's stability limit.</source>
        <translation>선택한 실행의 현재 스텝에서 국소 곡률을 그립니다: 헤세 행렬의 축, 이차 모델의 타원, 스텝의 안정성 한계.</translation>
    </message>
    <message>
        <source>λmax {0:.3g} · λmin {1:.3g} · local κ {2:.3g}</source>
        <translation>λmax {0:.3g} · λmin {1:.3g} · 국소 κ {2:.3g}</translation>
    </message>
    <message>
        <source>lr·λmax = {0:.3g} against heavy ball's limit 2(1 + μ) = {1:.3g}</source>
        <translation>lr·λmax = {0:.3g}, 헤비 볼의 한계 2(1 + μ) = {1:.3g}와 비교</translation>
    </message>
    <message>
        <source>lr·λmax = {0:.3g} against the stability limit 2</source>
        <translation>lr·λmax = {0:.3g}, 안정성 한계 2와 비교</translation>
    </message>
    <message>
        <source>per-axis step × curvature = {0:.3g} against the stability limit 2</source>
        <translation>축별 스텝 × 곡률 = {0:.3g}, 안정성 한계 2와 비교</translation>
    </message>
    <message>
        <source>The step is {0:.2g}× the local stability limit along the steep axis: it overshoots and the zig-zag grows.</source>
        <translation>스텝이 가파른 축 방향 국소 안정성 한계의 {0:.2g}배입니다: 지나쳐 가고 지그재그가 커집니다.</translation>
    </message>
    <message>
        <source>Past 1/λmax ({0:.0%} of the stability limit): this step overshoots the valley floor, and the zig-zag shrinks.</source>
        <translation>1/λmax를 넘었습니다(안정성 한계의 {0:.0%}): 이 스텝은 골짜기 바닥을 지나치고, 지그재그는 줄어듭니다.</translation>
    </message>
    <message>
        <source>Within the local stability limit ({0:.0%} of it).</source>
        <translation>국소 안정성 한계 안입니다(그 {0:.0%}).</translation>
    </message>
</context>
<context>
    <name>CurvatureChart</name>
    <message>
        <source>Curvature chart</source>
        <translation>곡률 차트</translation>
    </message>
    <message>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>step × λmax against its stability limit (dashed)</source>
        <translation>스텝 × λmax와 안정성 한계(점선)</translation>
    </message>
    <message>
        <source>step × λmax</source>
        <translation>스텝 × λmax</translation>
    </message>
    <message>
        <source>λmax</source>
        <translation>λmax</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>한계</translation>
    </message>
</context>
<context>
    <name>PresetPanel</name>
    <message>
        <source>You have changed the scene since this preset opened: this text describes the preset's runs, not the ones on screen (Presets reopens it).</source>
        <translation>이 프리셋을 연 뒤 장면을 바꾸었습니다: 이 글은 프리셋의 실행들을 설명하며, 화면의 실행들이 아닙니다(프리셋 메뉴에서 다시 열 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>TuneFeature</name>
    <message>
        <source>Show the tuning &amp;search in the sweep map</source>
        <translation>튜닝 탐색을 스윕 지도에 보이기(&amp;S)</translation>
    </message>
    <message>
        <source>Sweep the selected run over the very grid Tune each run searches (one seed), so its landscape of scores is seen, not only the winner.</source>
        <translation>선택한 실행을 '각 실행 튜닝'이 탐색하는 바로 그 격자로 스윕합니다(시드 하나). 승자만이 아니라 점수의 지형 전체를 봅니다.</translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <source>End the walk-through</source>
        <translation>한 줄씩 설명 끝내기</translation>
    </message>
    <message>
        <source>Stop explaining this update line by line.</source>
        <translation>이 갱신을 한 줄씩 설명하는 것을 멈춥니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show the tabs that do not fit</source>
        <translation>들어가지 않는 탭 보기</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Slide style</source>
        <translation>슬라이드 스타일</translation>
    </message>
    <message>
        <source>A title, the step counter, and text and lines sized for a projected slide.</source>
        <translation>제목, 스텝 카운터, 그리고 투영 슬라이드에 맞춘 크기의 글자와 선.</translation>
    </message>
    <message>
        <source>The slide's title.</source>
        <translation>슬라이드 제목.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
</context>
</TS>
