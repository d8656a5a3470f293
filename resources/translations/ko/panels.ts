<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../../gui/charts.py" line="82"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../../gui/charts.py" line="83"/>
        <source>gradient norm ‖∇f‖ (log)</source>
        <translation>그레이디언트 크기 ‖∇f‖ (로그)</translation>
    </message>
    <message>
        <location filename="../../../gui/charts.py" line="84"/>
        <source>momentum μ / β1</source>
        <translation>모멘텀 μ / β1</translation>
    </message>
    <message>
        <location filename="../../../gui/charts.py" line="117"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/charts.py" line="144"/>
        <source>Current step: drag to scrub the timeline.</source>
        <translation>현재 스텝: 끌어서 타임라인을 옮깁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/charts.py" line="195"/>
        <source>loss (log)</source>
        <translation>손실 (로그)</translation>
    </message>
    <message>
        <location filename="../../../gui/charts.py" line="197"/>
        <source>loss − f* (log), f* = {0}</source>
        <translation>손실 − f* (로그), f* = {0}</translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <location filename="../../../gui/equation_panel.py" line="32"/>
        <source>Equation</source>
        <translation>수식</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="33"/>
        <source>Next line of the rule</source>
        <translation>규칙의 다음 줄</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="34"/>
        <source>Walk through the selected run&apos;s update one line at a time.</source>
        <translation>선택한 실행의 갱신을 한 줄씩 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="37"/>
        <source>Previous line of the rule</source>
        <translation>규칙의 이전 줄</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="38"/>
        <source>Go back one line in the walk-through.</source>
        <translation>한 줄씩 보기에서 한 줄 뒤로 갑니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="121"/>
        <source>Which source&apos;s letters the rule is written in.</source>
        <translation>규칙을 어느 자료의 기호로 쓸지 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="123"/>
        <location filename="../../../gui/equation_panel.py" line="287"/>
        <source>Walk through this step</source>
        <translation>이 스텝 한 줄씩 보기</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="126"/>
        <source>Explain this update one line at a time, on the plot too.</source>
        <translation>이번 갱신을 한 줄씩, 그래프에서도 설명합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="128"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="129"/>
        <source>Go back one line of the rule (key P).</source>
        <translation>규칙의 이전 줄로 돌아갑니다 (P 키).</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="130"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="131"/>
        <source>Go on to the next line of the rule (key N).</source>
        <translation>규칙의 다음 줄로 넘어갑니다 (N 키).</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="287"/>
        <source>Stop the walk-through</source>
        <translation>한 줄씩 보기 끝내기</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="346"/>
        <source>Select a run to see its update rule.</source>
        <translation>실행을 선택하면 그 갱신 규칙이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="361"/>
        <source>{0} ({1} form)</source>
        <translation>{0} ({1} 형식)</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="364"/>
        <source>Frame 0 is the start: no update yet. Step forward to see one.</source>
        <translation>프레임 0은 출발점이라 아직 갱신이 없습니다. 한 스텝 앞으로 가 보세요.</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="366"/>
        <source>Update {0}: frame {1} → frame {2}</source>
        <translation>갱신 {0}: 프레임 {1} → 프레임 {2}</translation>
    </message>
    <message>
        <location filename="../../../gui/equation_panel.py" line="368"/>
        <source>This is the run&apos;s last frame: there is no next update.</source>
        <translation>이 실행의 마지막 프레임이라 다음 갱신이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RunEditor</name>
    <message>
        <location filename="../../../gui/run_editor.py" line="33"/>
        <source>Standard deviation of the Gaussian noise added to each gradient component.</source>
        <translation>그레이디언트의 각 성분에 더하는 가우스 잡음의 표준편차.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="111"/>
        <source>The update rule this run uses; lr is kept when switching.</source>
        <translation>이 실행이 쓰는 갱신 규칙. 바꿔도 lr은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="118"/>
        <source>Optimizer</source>
        <translation>최적화 알고리즘</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="127"/>
        <source>How the learning rate changes from step to step.</source>
        <translation>스텝마다 학습률이 바뀌는 방식.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="136"/>
        <source>Learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="143"/>
        <source>Fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="148"/>
        <source>Grows momentum (β1 for Adam) over the run, e.g. from 0.5 towards 0.99, by shrinking 1 − μ as the schedule shrinks lr.</source>
        <translation>실행하는 동안 모멘텀(Adam은 β1)을 키웁니다(예: 0.5에서 0.99 쪽으로). 스케줄이 학습률을 줄이듯 1 − μ를 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="159"/>
        <source>Momentum schedule</source>
        <translation>모멘텀 스케줄</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="168"/>
        <source>all (exact gradient)</source>
        <translation>전체 (정확한 그레이디언트)</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="171"/>
        <source>Examples per mini-batch: each epoch visits the data once in a new order drawn from the seed; all gives the exact gradient.</source>
        <translation>미니배치 하나의 예제 수: 에포크마다 시드로 정한 새 순서로 데이터를 한 번씩 봅니다. 전체는 정확한 그레이디언트입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="177"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="181"/>
        <source>Mini-batches</source>
        <translation>미니배치</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="193"/>
        <source>Seed of the noise: the same seed gives the same kicks.</source>
        <translation>잡음의 시드: 시드가 같으면 잡음도 같습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="197"/>
        <source>Gradient noise</source>
        <translation>그레이디언트 잡음</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="207"/>
        <source>The {0} coordinate this run starts from.</source>
        <translation>이 실행이 출발하는 {0} 좌표.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="211"/>
        <source>Start point</source>
        <translation>출발점</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="231"/>
        <source>No run selected</source>
        <translation>선택된 실행 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="356"/>
        <source>Change optimizer of {0}</source>
        <translation>{0}의 최적화 알고리즘 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="362"/>
        <source>Change schedule of {0}</source>
        <translation>{0}의 학습률 스케줄 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="370"/>
        <source>Change {1} of {0}</source>
        <translation>{0}의 {1} 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="374"/>
        <source>Change momentum schedule of {0}</source>
        <translation>{0}의 모멘텀 스케줄 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="380"/>
        <source>Change batch size of {0}</source>
        <translation>{0}의 배치 크기 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="385"/>
        <source>Change seed of {0}</source>
        <translation>{0}의 시드 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/run_editor.py" line="390"/>
        <source>Move start of {0}</source>
        <translation>{0}의 출발점 이동</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_editor.py" line="0"/>
        <source>This run</source>
        <translation>이 실행</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_editor.py" line="0"/>
        <source>All runs</source>
        <translation>모든 실행</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_editor.py" line="0"/>
        <source>Recommended:</source>
        <translation>권장값:</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_editor.py" line="0"/>
        <source>Give the selected run the recommended lr, settings and start on this surface.</source>
        <translation>선택한 실행에 이 곡면의 권장 lr, 설정, 시작점을 줍니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_editor.py" line="0"/>
        <source>Give every run, and the step count, the recommended settings on this surface.</source>
        <translation>모든 실행과 스텝 수에 이 곡면의 권장 설정을 줍니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_editor.py" line="0"/>
        <source>Reset {0} to recommended</source>
        <translation>{0}을(를) 권장값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_editor.py" line="0"/>
        <source>Reset all runs to recommended</source>
        <translation>모든 실행을 권장값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <location filename="../../../gui/run_list.py" line="54"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="56"/>
        <source>Add a copy of the selected run with its own colour.</source>
        <translation>선택한 실행의 복사본을 새 색으로 추가합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="58"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="59"/>
        <source>Delete the selected run (Ctrl+Z brings it back).</source>
        <translation>선택한 실행을 지웁니다 (Ctrl+Z로 되살릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="80"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="80"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="80"/>
        <source>Solo</source>
        <translation>단독</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="81"/>
        <location filename="../../../gui/run_list.py" line="213"/>
        <source>Draw this run on the plots.</source>
        <translation>이 실행을 그래프에 그립니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="82"/>
        <location filename="../../../gui/run_list.py" line="215"/>
        <source>Draw only this run.</source>
        <translation>이 실행만 그립니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="100"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="102"/>
        <source>Add a run with the chosen optimizer, starting where the selected run starts.</source>
        <translation>고른 최적화 알고리즘으로 실행을 추가합니다. 선택한 실행과 같은 곳에서 출발합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="123"/>
        <source>Add {0}</source>
        <translation>{0} 추가</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="131"/>
        <source>{0} copy</source>
        <translation>{0} 사본</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="134"/>
        <source>Duplicate {0}</source>
        <translation>{0} 복제</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="143"/>
        <source>Remove {0}</source>
        <translation>{0} 삭제</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="161"/>
        <source>Show {0}</source>
        <translation>{0} 표시</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="161"/>
        <source>Hide {0}</source>
        <translation>{0} 숨기기</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="166"/>
        <source>Rename {0}</source>
        <translation>{0} 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../../gui/run_list.py" line="199"/>
        <source>{0}: {1}. Double-click or F2 to rename.</source>
        <translation>{0}: {1}. 이름을 바꾸려면 두 번 클릭하거나 F2를 누르세요.</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <location filename="../../../gui/surface_panel.py" line="33"/>
        <source>The loss f(x, y): numbers, x, y, + - * / **, ( ), pi, e, sin, exp, ...; Enter applies.</source>
        <translation>손실 f(x, y): 숫자, x, y, + - * / **, ( ), pi, e, sin, exp, ... ; Enter로 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="37"/>
        <source>The plotted box as xmin,xmax,ymin,ymax; Enter applies.</source>
        <translation>그릴 영역 xmin,xmax,ymin,ymax; Enter로 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="40"/>
        <source>Where new runs start, as x,y (empty: left of the centre); Enter applies.</source>
        <translation>새 실행의 출발점 x,y (비우면 중앙의 왼쪽); Enter로 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="69"/>
        <source>The loss surface the runs descend; every start moves to its default.</source>
        <translation>실행들이 내려가는 손실 곡면. 바꾸면 모든 출발점이 그 곡면의 기본 위치로 옮겨집니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="88"/>
        <source>The gradient, derived symbolically from f.</source>
        <translation>f를 기호 미분해 구한 그레이디언트.</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="107"/>
        <source>How many updates every run makes (fewer if it diverges).</source>
        <translation>실행마다 갱신하는 횟수 (발산하면 더 적음).</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="111"/>
        <source>steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="208"/>
        <source>Surface: {0}</source>
        <translation>곡면: {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="213"/>
        <location filename="../../../gui/surface_panel.py" line="236"/>
        <source>Change {0} of the surface</source>
        <translation>곡면의 {0} 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_panel.py" line="239"/>
        <source>Change steps</source>
        <translation>스텝 수 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/surface_panel.py" line="0"/>
        <source>Recommended settings for this surface given to the other runs; kept their own: {0}. Run settings ▸ Recommended resets them.</source>
        <translation>다른 실행에는 이 곡면의 권장 설정을 주었습니다. 자기 설정을 유지한 실행: {0}. 실행 설정 ▸ 권장값으로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/surface_panel.py" line="0"/>
        <source>Every run has the recommended settings for this surface.</source>
        <translation>모든 실행이 이 곡면의 권장 설정을 씁니다.</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../../../gui/surface_view.py" line="50"/>
        <source>start of {0}: ({1}, {2})
drag to move it (Shift: this run only)</source>
        <translation>{0}의 출발점: ({1}, {2})
끌어서 옮깁니다 (Shift: 이 실행만)</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_view.py" line="166"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_view.py" line="167"/>
        <source>Zoom back to the whole surface.</source>
        <translation>곡면 전체가 보이도록 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_view.py" line="333"/>
        <location filename="../../../gui/surface_view.py" line="356"/>
        <source>Move start</source>
        <translation>출발점 이동</translation>
    </message>
    <message>
        <location filename="../../../gui/plot/start_editing.py" line="0"/>
        <source>Drag a start square to move it; Shift+click: move the selected run's start here; Ctrl+Shift+click: move every start here.</source>
        <translation>시작 사각형을 끌어 옮기세요. Shift+클릭: 선택한 실행의 시작점을 여기로, Ctrl+Shift+클릭: 모든 시작점을 여기로 옮깁니다.</translation>
    </message>
</context>
<context>
    <name>VectorOverlays</name>
    <message>
        <location filename="../../../gui/overlays.py" line="28"/>
        <source>−∇f</source>
        <translation>−∇f</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="29"/>
        <source>velocity / m</source>
        <translation>속도 / m</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="30"/>
        <source>step</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="31"/>
        <source>step size</source>
        <translation>보폭</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="32"/>
        <source>look-ahead</source>
        <translation>예견점</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="35"/>
        <source>−∇f: steepest descent (direction)</source>
        <translation>−∇f: 가장 가파른 내리막 (방향)</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="36"/>
        <source>velocity / 1st moment (direction)</source>
        <translation>속도 / 1차 모멘트 (방향)</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="37"/>
        <source>actual step (true length)</source>
        <translation>실제 갱신 (실제 길이)</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="38"/>
        <source>per-axis step size (box)</source>
        <translation>축별 보폭 (상자)</translation>
    </message>
    <message>
        <location filename="../../../gui/overlays.py" line="39"/>
        <source>Nesterov look-ahead point</source>
        <translation>네스테로프 예견점</translation>
    </message>
</context>
<context>
    <name>NoiseStartSection</name>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>all (exact gradient)</source>
        <translation>전체 (정확한 그레이디언트)</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Examples per mini-batch: each epoch visits the data once in a new order drawn from the seed; all gives the exact gradient.</source>
        <translation>미니배치 하나의 예제 수: 에포크마다 시드로 정한 새 순서로 데이터를 한 번씩 봅니다. 전체는 정확한 그레이디언트입니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Mini-batches</source>
        <translation>미니배치</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Seed of the noise: the same seed gives the same kicks.</source>
        <translation>잡음의 시드: 시드가 같으면 잡음도 같습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Gradient noise</source>
        <translation>그레이디언트 잡음</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>The {0} coordinate this run starts from.</source>
        <translation>이 실행이 출발하는 {0} 좌표.</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Start point</source>
        <translation>출발점</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Change {1} of {0}</source>
        <translation>{0}의 {1} 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Change batch size of {0}</source>
        <translation>{0}의 배치 크기 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Change seed of {0}</source>
        <translation>{0}의 시드 변경</translation>
    </message>
    <message>
        <location filename="../../../gui/panels/run_sections.py" line="0"/>
        <source>Move start of {0}</source>
        <translation>{0}의 출발점 이동</translation>
    </message>
</context>
</TS>
