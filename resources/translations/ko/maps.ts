<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AxisPicker</name>
    <message>
        <location filename="../../../gui/sweep_map.py" line="67"/>
        <source>lin</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="68"/>
        <source>log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="69"/>
        <source>The hyper-parameter along the {0} axis.</source>
        <translation>{0}축을 따라 바꿀 하이퍼파라미터.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="70"/>
        <source>Lowest value swept.</source>
        <translation>스윕할 가장 작은 값.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="71"/>
        <source>Highest value swept.</source>
        <translation>스윕할 가장 큰 값.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="72"/>
        <source>Space the values evenly (lin) or by equal ratios (log).</source>
        <translation>값을 같은 간격(선형) 또는 같은 비율(로그)로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="90"/>
        <source>{0}: low and high must be numbers</source>
        <translation>{0}: 최솟값과 최댓값은 숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>BasinMapController</name>
    <message>
        <location filename="../../../gui/basin_map.py" line="74"/>
        <source>Basin map %p%</source>
        <translation>수렴 영역 지도 %p%</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="76"/>
        <source>Progress of the basin map being computed.</source>
        <translation>계산 중인 수렴 영역 지도의 진행률.</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="77"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="78"/>
        <source>Stop computing the basin map.</source>
        <translation>수렴 영역 지도 계산을 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="88"/>
        <source>&amp;Basin map</source>
        <translation>수렴 영역 지도(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="92"/>
        <source>Colour every start of the view by where the selected run&apos;s optimizer ends from it (Ctrl+click the map to add a run there).</source>
        <translation>화면의 모든 시작점을 선택한 실행의 옵티마이저가 도착하는 곳에 따라 색칠합니다(지도를 Ctrl+클릭하면 그 자리에 실행을 추가합니다).</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="131"/>
        <source>Basin map: add a run first.</source>
        <translation>수렴 영역 지도: 먼저 실행을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="192"/>
        <source>Basin map failed: {0}</source>
        <translation>수렴 영역 지도 계산 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="217"/>
        <source>Add run from basin map</source>
        <translation>수렴 영역 지도에서 실행 추가</translation>
    </message>
    <message>
        <location filename="../../../gui/basin_map.py" line="282"/>
        <source>darker: more steps</source>
        <translation>진할수록: 스텝이 많음</translation>
    </message>
</context>
<context>
    <name>ConditioningLab</name>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="32"/>
        <source>eigenvalues λmin, λmax</source>
        <translation>고윳값 λmin, λmax</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="33"/>
        <source>stable GD: lr below</source>
        <translation>안정적인 GD: lr 상한</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="34"/>
        <source>best GD lr</source>
        <translation>최적 GD lr</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="35"/>
        <source>GD error factor per step</source>
        <translation>GD 스텝당 오차 감소율</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="36"/>
        <source>best heavy-ball lr</source>
        <translation>최적 헤비볼 lr</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="37"/>
        <source>best heavy-ball momentum</source>
        <translation>최적 헤비볼 모멘텀</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="38"/>
        <source>heavy-ball error factor</source>
        <translation>헤비볼 오차 감소율</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="91"/>
        <source>Condition number κ = λmax/λmin, on a log scale from 1 to 1000.</source>
        <translation>조건수 κ = λmax/λmin (1부터 1000까지 로그 눈금).</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="94"/>
        <source>Rotation of the bowl&apos;s axes in degrees.</source>
        <translation>그릇 축의 회전 각도(도).</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="97"/>
        <source>Apply best GD</source>
        <translation>최적 GD 적용</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="98"/>
        <source>Make the selected run plain SGD at lr = 2/(λmin+λmax).</source>
        <translation>선택한 실행을 lr = 2/(λmin+λmax)인 기본 SGD로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="99"/>
        <source>Apply best heavy-ball</source>
        <translation>최적 헤비볼 적용</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="101"/>
        <source>Make the selected run heavy-ball momentum with the optimal lr and momentum.</source>
        <translation>선택한 실행을 최적의 lr과 모멘텀을 쓰는 헤비볼 모멘텀으로 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="107"/>
        <source>angle</source>
        <translation>각도</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="142"/>
        <source>Set {0} of the quadratic</source>
        <translation>이차 함수의 {0} 설정</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="148"/>
        <source>Best plain GD for this κ</source>
        <translation>이 κ에 최적인 기본 GD</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="157"/>
        <source>Best heavy ball for this κ</source>
        <translation>이 κ에 최적인 헤비볼</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="193"/>
        <source>Choose the quadratic bowl to use the lab.</source>
        <translation>이 실험실을 쓰려면 이차 함수 그릇 지형을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="208"/>
        <source>λmin axis</source>
        <translation>λmin 축</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="209"/>
        <source>λmax axis</source>
        <translation>λmax 축</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="210"/>
        <source>(best settings assume a constant lr)</source>
        <translation>(최적 설정은 일정한 lr을 가정)</translation>
    </message>
    <message>
        <location filename="../../../gui/conditioning_panel.py" line="224"/>
        <source>Conditioning lab</source>
        <translation>조건수 실험실</translation>
    </message>
</context>
<context>
    <name>SweepMapController</name>
    <message>
        <location filename="../../../gui/sweep_map.py" line="33"/>
        <source>final loss − f*</source>
        <translation>최종 손실 − f*</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="34"/>
        <source>steps to tolerance</source>
        <translation>허용 오차까지의 스텝 수</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="139"/>
        <source>Values per axis: the map has grid × grid settings.</source>
        <translation>축당 값의 개수: 지도는 grid × grid 개의 설정으로 이루어집니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="144"/>
        <source>Colour cells by the final loss or by the steps to get within tol.</source>
        <translation>칸을 최종 손실 또는 허용 오차 안에 들기까지의 스텝 수로 색칠합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="148"/>
        <source>Loss − f* counted as reached, for steps to tolerance.</source>
        <translation>도달한 것으로 보는 손실 − f* (허용 오차까지의 스텝 수에 사용).</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="149"/>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="150"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="152"/>
        <source>Run every setting of the grid for the scene&apos;s steps.</source>
        <translation>격자의 모든 설정을 장면의 스텝 수만큼 실행합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="154"/>
        <source>Stop the sweep being computed.</source>
        <translation>계산 중인 스윕을 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="160"/>
        <source>Progress of the sweep being computed.</source>
        <translation>계산 중인 스윕의 진행률.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="167"/>
        <source>grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="167"/>
        <source>tol</source>
        <translation>허용 오차</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="168"/>
        <source>colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="221"/>
        <source>select a run first</source>
        <translation>먼저 실행을 선택하세요</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="238"/>
        <source>Cannot sweep: {0}</source>
        <translation>스윕할 수 없음: {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="240"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="254"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="282"/>
        <source>Set {0} from the sweep map</source>
        <translation>스윕 지도에서 {0} 설정</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="300"/>
        <location filename="../../../gui/sweep_map.py" line="309"/>
        <source>{0} (log)</source>
        <translation>{0} (로그)</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="344"/>
        <source>current setting</source>
        <translation>현재 설정</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="373"/>
        <source>diverged / never within tol</source>
        <translation>발산 / 허용 오차에 도달 못 함</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="380"/>
        <source>Every setting diverged or missed the tolerance (grey).</source>
        <translation>모든 설정이 발산했거나 허용 오차에 도달하지 못했습니다(회색).</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="383"/>
        <source>Best cell: {0}. Click a cell to give the selected run its settings.</source>
        <translation>최적 칸: {0}. 칸을 클릭하면 그 설정을 선택한 실행에 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="412"/>
        <source>The selected run needs two float hyper-parameters to sweep (pick momentum, Adam… or a schedule with a rate k).</source>
        <translation>스윕하려면 선택한 실행에 실수 하이퍼파라미터가 두 개 필요합니다(모멘텀, Adam 등이나 감쇠율 k가 있는 스케줄을 고르세요).</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="452"/>
        <source>Sweep failed: {0}</source>
        <translation>스윕 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/sweep_map.py" line="479"/>
        <source>Sweep map</source>
        <translation>스윕 지도</translation>
    </message>
    <message>
        <location filename="../../../gui/maps/sweep_map.py" line="0"/>
        <source>The scene changed: Compute sweeps it again.</source>
        <translation>장면이 바뀌었습니다. 계산을 누르면 다시 훑습니다.</translation>
    </message>
</context>
</TS>
