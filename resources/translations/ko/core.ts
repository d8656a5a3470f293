<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../../../gui/export_dialog.py" line="218"/>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="220"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="223"/>
        <source>The first step shown.</source>
        <translation>보여 줄 첫 스텝입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="224"/>
        <source>The last step shown (included).</source>
        <translation>보여 줄 마지막 스텝입니다(포함).</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="228"/>
        <source>from </source>
        <translation>처음 </translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="228"/>
        <source>to </source>
        <translation>끝 </translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="233"/>
        <source>Steps</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="238"/>
        <source>Steps shown per second (a GIF takes at most 50).</source>
        <translation>초당 보여 줄 스텝 수입니다(GIF는 최대 50).</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="239"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <location filename="../../../gui/export_dialog.py" line="37"/>
        <source>CSV: one file, a &apos;run&apos; column first</source>
        <translation>CSV: 파일 하나, 첫 열은 &apos;run&apos;</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="38"/>
        <source>CSV: one file per run</source>
        <translation>CSV: 실행마다 파일 하나</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="39"/>
        <source>JSON: every run with the scene</source>
        <translation>JSON: 장면과 모든 실행</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="255"/>
        <source>Export data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="258"/>
        <source>One long table, one table per run, or JSON of everything.</source>
        <translation>긴 표 하나, 실행마다 표 하나, 또는 전체를 담은 JSON입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="262"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../../gui/export_dialog.py" line="49"/>
        <source>MP4 needs the optional video extra: pip install &apos;descent-lab[video]&apos;</source>
        <translation>MP4에는 선택 기능 video가 필요합니다: pip install &apos;descent-lab[video]&apos;</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="54"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="55"/>
        <source>&amp;Image…</source>
        <translation>이미지(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="56"/>
        <source>Save the plot as a PNG or SVG picture at any size, up to 8192 pixels.</source>
        <translation>플롯을 원하는 크기(최대 8192픽셀)의 PNG 또는 SVG 그림으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="59"/>
        <source>&amp;Animation…</source>
        <translation>애니메이션(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="60"/>
        <source>Save a range of steps as a GIF, or an MP4 with the video extra.</source>
        <translation>스텝 구간을 GIF로, 또는 video 선택 기능이 있으면 MP4로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="63"/>
        <source>&amp;Data…</source>
        <translation>데이터(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="64"/>
        <source>Save every run&apos;s numbers as CSV or JSON.</source>
        <translation>모든 실행의 수치를 CSV 또는 JSON으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="65"/>
        <source>Drawing the frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="67"/>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="308"/>
        <source>choose a file to write</source>
        <translation>저장할 파일을 고르세요</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="319"/>
        <source>Saved {0}</source>
        <translation>{0} 저장함</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="324"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="330"/>
        <source>{0}: the file name must end in {1} or {2}</source>
        <translation>{0}: 파일 이름은 {1} 또는 {2}(으)로 끝나야 합니다</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="350"/>
        <source>the first step must not come after the last one</source>
        <translation>첫 스텝이 마지막 스텝보다 뒤일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="366"/>
        <source>A GIF shows at most {0:g} steps per second.</source>
        <translation>GIF는 초당 최대 {0:g} 스텝까지 보여 줄 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="371"/>
        <source>MP4 needs an even width and height.</source>
        <translation>MP4는 너비와 높이가 짝수여야 합니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../gui/export_dialog.py" line="42"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="43"/>
        <source>GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 애니메이션 (*.gif);;MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="44"/>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>CSV 표 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="132"/>
        <source>The file to write; its extension chooses the format.</source>
        <translation>저장할 파일입니다. 확장자로 형식이 정해집니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="136"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="138"/>
        <source>Choose the file with a file dialog.</source>
        <translation>파일 대화상자에서 파일을 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="153"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="173"/>
        <source>Legends</source>
        <translation>범례</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="174"/>
        <source>Name the runs and the arrows.</source>
        <translation>실행과 화살표의 이름을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="178"/>
        <source>Charts below the plot</source>
        <translation>플롯 아래에 차트</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="179"/>
        <source>Add loss, lr and ‖∇f‖.</source>
        <translation>손실, 학습률, ‖∇f‖ 차트를 덧붙입니다.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../../gui/export_dialog.py" line="198"/>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="200"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="204"/>
        <source>auto (1 up to 1080p, 2 at 4K)</source>
        <translation>자동 (1080p까지 1, 4K에서 2)</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="206"/>
        <source>How much bigger lines and text are drawn than on a 1080p screen.</source>
        <translation>1080p 화면보다 선과 글자를 몇 배 크게 그릴지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="208"/>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../../gui/inspector.py" line="72"/>
        <source>step t</source>
        <translation>스텝 t</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="73"/>
        <source>position</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="74"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="75"/>
        <source>gradient</source>
        <translation>그레이디언트</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="76"/>
        <source>true gradient</source>
        <translation>참 그레이디언트</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="77"/>
        <source>look-ahead</source>
        <translation>예견점</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="78"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="79"/>
        <source>effective lr</source>
        <translation>유효 학습률</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="82"/>
        <source>Updates taken so far</source>
        <translation>지금까지 한 갱신 횟수</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="83"/>
        <source>Where the run is (x, y)</source>
        <translation>실행의 현재 위치 (x, y)</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="84"/>
        <source>f(x, y) at the position</source>
        <translation>현재 위치에서의 f(x, y)</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="85"/>
        <source>The gradient the next update uses, noise included</source>
        <translation>다음 갱신에 쓰는 그레이디언트(잡음 포함)</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="86"/>
        <source>The gradient without noise</source>
        <translation>잡음 없는 그레이디언트</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="87"/>
        <source>Where Nesterov takes the gradient</source>
        <translation>네스테로프가 그레이디언트를 구하는 예견 위치</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="88"/>
        <source>Scheduled learning rate of the next update</source>
        <translation>다음 갱신에 쓸 스케줄 적용 학습률</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="89"/>
        <source>The next move (Δx, Δy)</source>
        <translation>다음 이동량 (Δx, Δy)</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="90"/>
        <source>Optimizer state, per axis</source>
        <translation>옵티마이저 상태(축별)</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="91"/>
        <source>Step size per axis</source>
        <translation>축별 실제 보폭</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="182"/>
        <source>quantity</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="182"/>
        <source>value or x</source>
        <translation>값 또는 x</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="214"/>
        <source>No run selected</source>
        <translation>선택된 실행 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/inspector.py" line="221"/>
        <source>{0}: {1}, {2} schedule</source>
        <translation>{0}: {1}, {2} 스케줄</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gui/main_window.py" line="39"/>
        <source>play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="40"/>
        <source>one step forward / back</source>
        <translation>한 스텝 앞으로 / 뒤로</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="41"/>
        <source>ten steps forward / back</source>
        <translation>열 스텝 앞으로 / 뒤로</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="42"/>
        <source>first / last step</source>
        <translation>첫 스텝 / 마지막 스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="44"/>
        <source>&lt;b&gt;Click&lt;/b&gt; on the plot</source>
        <translation>플롯을 &lt;b&gt;클릭&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="45"/>
        <source>move the start of every run (Shift: the selected run)</source>
        <translation>모든 실행의 시작점 이동 (Shift: 선택한 실행만)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="48"/>
        <source>&lt;b&gt;Drag&lt;/b&gt; a start marker</source>
        <translation>시작점 표시를 &lt;b&gt;드래그&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="49"/>
        <source>move it and watch the paths follow</source>
        <translation>시작점을 옮기면 경로가 따라 바뀜</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="51"/>
        <source>undo / redo any edit</source>
        <translation>편집 실행 취소 / 다시 실행</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="52"/>
        <source>reset the plot&apos;s zoom</source>
        <translation>플롯 확대/축소 초기화</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="56"/>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="57"/>
        <source>Runs</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="58"/>
        <source>Run settings</source>
        <translation>실행 설정</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="59"/>
        <source>Inspector</source>
        <translation>검사기</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="60"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="63"/>
        <source>gradient</source>
        <translation>그레이디언트</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="64"/>
        <source>velocity</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="65"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="66"/>
        <source>accumulator</source>
        <translation>누적값</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="67"/>
        <source>lookahead</source>
        <translation>예견점</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="151"/>
        <source>&amp;New scene</source>
        <translation>새 장면(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="154"/>
        <source>Start again from the six lecture optimizers on the canyon.</source>
        <translation>협곡 곡면의 강의용 옵티마이저 여섯 개로 처음부터 다시 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="160"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="163"/>
        <source>Close Descent Lab.</source>
        <translation>Descent Lab을 닫습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="166"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="167"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="169"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="174"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="177"/>
        <source>&amp;Play / pause</source>
        <translation>재생 / 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="180"/>
        <source>Start or stop playback.</source>
        <translation>재생을 시작하거나 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="183"/>
        <source>Step &amp;forward</source>
        <translation>한 스텝 앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="186"/>
        <source>Show the next step.</source>
        <translation>다음 스텝을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="189"/>
        <source>Step &amp;back</source>
        <translation>한 스텝 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="192"/>
        <source>Show the previous step, exactly as it was.</source>
        <translation>이전 스텝을 그때 모습 그대로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="195"/>
        <source>Forward 10 steps</source>
        <translation>10 스텝 앞으로</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="198"/>
        <source>Jump ten steps ahead.</source>
        <translation>열 스텝 앞으로 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="201"/>
        <source>Back 10 steps</source>
        <translation>10 스텝 뒤로</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="204"/>
        <source>Jump ten steps back.</source>
        <translation>열 스텝 뒤로 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="207"/>
        <source>&amp;First step</source>
        <translation>첫 스텝(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="210"/>
        <source>Go to the start of the runs.</source>
        <translation>실행의 시작으로 갑니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="212"/>
        <source>&amp;Last step</source>
        <translation>마지막 스텝(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="212"/>
        <source>Go to the last step.</source>
        <translation>마지막 스텝으로 갑니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="216"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="219"/>
        <source>&amp;Reset zoom</source>
        <translation>확대/축소 초기화(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="222"/>
        <source>Fit the plot to the surface&apos;s bounds.</source>
        <translation>플롯을 곡면의 범위에 맞춥니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="226"/>
        <source>Vectors for &amp;all runs</source>
        <translation>모든 실행의 벡터(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="229"/>
        <source>Draw the arrows for every run, not just the selected one.</source>
        <translation>선택한 실행뿐 아니라 모든 실행의 화살표를 그립니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="232"/>
        <source>&amp;Overlays</source>
        <translation>오버레이(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="240"/>
        <source>Show or hide the {0} drawn at the current step.</source>
        <translation>현재 스텝에 그려지는 {0} 화살표를 보이거나 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="249"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="256"/>
        <source>Show the interface in this language (the window reopens).</source>
        <translation>이 언어로 화면을 표시합니다(창이 다시 열립니다).</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="262"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="265"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="268"/>
        <source>List the keys that drive the timeline.</source>
        <translation>타임라인을 조작하는 키 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="272"/>
        <source>&amp;About Descent Lab</source>
        <translation>Descent Lab 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="275"/>
        <source>Versions and credits.</source>
        <translation>버전과 만든 사람들.</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="314"/>
        <source>New scene</source>
        <translation>새 장면</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="340"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="343"/>
        <source>About Descent Lab</source>
        <translation>Descent Lab 정보</translation>
    </message>
    <message>
        <location filename="../../../gui/main_window.py" line="376"/>
        <source>Watch gradient-descent optimizers race on 2-D loss surfaces.</source>
        <translation>2차원 손실 곡면 위에서 경사 하강 옵티마이저들이 겨루는 모습을 살펴봅니다.</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>창 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close the window (asks first if there are unsaved changes).</source>
        <translation>창을 닫습니다 (저장하지 않은 변경이 있으면 먼저 묻습니다).</translation>
    </message>
    <message>
        <source>Reset window &amp;layout</source>
        <translation>창 배치 초기화(&amp;L)</translation>
    </message>
    <message>
        <source>Put every panel back where it was on the first start.</source>
        <translation>모든 패널을 처음 시작할 때의 자리로 되돌립니다.</translation>
    </message>
    <message>
        <source>Loss surface plot</source>
        <translation>손실 곡면 그림</translation>
    </message>
    <message>
        <source>Space plays, the arrow keys step, Home and End jump, F1 lists the keys.</source>
        <translation>Space는 재생, 화살표 키는 한 스텝, Home과 End는 처음과 끝으로 이동, F1은 키 목록을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>PresetPanel</name>
    <message>
        <location filename="../../../gui/preset_panel.py" line="13"/>
        <source>About this preset</source>
        <translation>프리셋 설명</translation>
    </message>
    <message>
        <location filename="../../../gui/preset_panel.py" line="27"/>
        <source>What this preset shows and what to watch for.</source>
        <translation>이 프리셋이 보여 주는 것과 눈여겨볼 점입니다.</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../../gui/session_files.py" line="20"/>
        <source>Descent Lab sessions (*.json);;All files (*)</source>
        <translation>Descent Lab 세션 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="57"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="60"/>
        <source>Open a saved session.</source>
        <translation>저장한 세션을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="63"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="66"/>
        <source>Save the scene and view.</source>
        <translation>장면과 보기를 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="69"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="72"/>
        <source>Save the scene and view to a new file.</source>
        <translation>장면과 보기를 새 파일에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="76"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="89"/>
        <source>&amp;Presets</source>
        <translation>프리셋(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="112"/>
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="113"/>
        <source>Forget the recently opened files.</source>
        <translation>최근에 연 파일 목록을 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="121"/>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="131"/>
        <source>Cannot open session</source>
        <translation>세션을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="156"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="169"/>
        <source>Cannot save session</source>
        <translation>세션을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="190"/>
        <source>Cannot open preset</source>
        <translation>프리셋을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="200"/>
        <source>Preset: {0}</source>
        <translation>프리셋: {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="237"/>
        <source>File not found</source>
        <translation>파일 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="238"/>
        <source>{0} no longer exists; removed from Open Recent.</source>
        <translation>{0} 파일이 더 이상 없어 최근 파일 목록에서 뺐습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="272"/>
        <source>{0} (preset)</source>
        <translation>{0} (프리셋)</translation>
    </message>
    <message>
        <location filename="../../../gui/session_files.py" line="274"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>{0}의 변경 내용을 저장할까요?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, the changes since the last save are lost.</source>
        <translation>저장하지 않으면 마지막 저장 이후의 변경 내용이 사라집니다.</translation>
    </message>
</context>
<context>
    <name>SizeChooser</name>
    <message>
        <location filename="../../../gui/export_dialog.py" line="35"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="81"/>
        <source>Pick a common video size, or Custom to type your own.</source>
        <translation>흔한 동영상 크기를 고르거나, 사용자 지정을 골라 직접 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="87"/>
        <source>Width of the exported picture in pixels.</source>
        <translation>내보낼 그림의 너비(픽셀)입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/export_dialog.py" line="88"/>
        <source>Height of the exported picture in pixels.</source>
        <translation>내보낼 그림의 높이(픽셀)입니다.</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="34"/>
        <source>First step (Home)</source>
        <translation>첫 스텝 (Home)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="36"/>
        <source>Back 10 steps (Shift+←)</source>
        <translation>10 스텝 뒤로 (Shift+←)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="38"/>
        <source>Back one step (←)</source>
        <translation>한 스텝 뒤로 (←)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="39"/>
        <location filename="../../../gui/timeline_bar.py" line="155"/>
        <source>Play (Space)</source>
        <translation>재생 (Space)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="40"/>
        <source>Forward one step (→)</source>
        <translation>한 스텝 앞으로 (→)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="42"/>
        <source>Forward 10 steps (Shift+→)</source>
        <translation>10 스텝 앞으로 (Shift+→)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="44"/>
        <source>Last step (End)</source>
        <translation>마지막 스텝 (End)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="48"/>
        <source>loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="50"/>
        <source>Start again from step 0 at the end instead of stopping</source>
        <translation>끝에서 멈추지 않고 스텝 0부터 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="81"/>
        <source>Drag to scrub through the steps</source>
        <translation>드래그하여 스텝을 훑어봅니다</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="87"/>
        <source> steps/s</source>
        <translation> 스텝/초</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="91"/>
        <source>Playback speed in steps per second (1 to 1,000)</source>
        <translation>재생 속도, 초당 스텝 수 (1 ~ 1,000)</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="140"/>
        <location filename="../../../gui/timeline_bar.py" line="146"/>
        <source>step {0} / {1}</source>
        <translation>스텝 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../../gui/timeline_bar.py" line="155"/>
        <source>Pause (Space)</source>
        <translation>일시 정지 (Space)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>시스템 설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast (projector)</source>
        <translation>고대비 (프로젝터)(&amp;H)</translation>
    </message>
    <message>
        <source>Light or dark as the system is set, following its changes.</source>
        <translation>시스템 설정에 따라 밝게 또는 어둡게 표시하고, 설정이 바뀌면 따라갑니다.</translation>
    </message>
    <message>
        <source>Dark text on light panels.</source>
        <translation>밝은 패널에 어두운 글자.</translation>
    </message>
    <message>
        <source>Light text on dark panels; the plots keep their white paper.</source>
        <translation>어두운 패널에 밝은 글자; 그림은 흰 바탕을 유지합니다.</translation>
    </message>
    <message>
        <source>Black on white with thick lines, for washed-out projectors.</source>
        <translation>흰 바탕에 검은 글자와 굵은 선: 흐릿한 프로젝터용.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The interface language (the window reopens).</source>
        <translation>화면 언어 (창이 다시 열립니다).</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Light, dark, high contrast, or as the system is set.</source>
        <translation>밝게, 어둡게, 고대비, 또는 시스템 설정대로.</translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation> 스텝/초</translation>
    </message>
    <message>
        <source>The playback speed a new window starts with.</source>
        <translation>새 창이 시작할 때의 재생 속도.</translation>
    </message>
    <message>
        <source>Playback &amp;speed</source>
        <translation>재생 속도(&amp;S)</translation>
    </message>
    <message>
        <source>Where the export dialogs suggest saving.</source>
        <translation>내보내기 대화 상자가 저장 위치로 제안하는 폴더.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the export folder with a file dialog.</source>
        <translation>파일 대화 상자로 내보내기 폴더를 고릅니다.</translation>
    </message>
    <message>
        <source>Export &amp;folder</source>
        <translation>내보내기 폴더(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Image size</source>
        <translation>이미지 크기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Animation size</source>
        <translation>애니메이션 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>내보내기 폴더</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, playback speed and export defaults.</source>
        <translation>언어, 테마, 재생 속도, 내보내기 기본값.</translation>
    </message>
</context>
</TS>
