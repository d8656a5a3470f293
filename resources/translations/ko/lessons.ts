<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <location filename="../../../gui/lessons/export.py" line="73"/>
        <source>step {0} / {1}</source>
        <translation>스텝 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/export.py" line="83"/>
        <source>frame {0}</source>
        <translation>프레임 {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="52"/>
        <source>Step {0}</source>
        <translation>스텝 {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="65"/>
        <source>no run of this name in the scene</source>
        <translation>장면에 이 이름의 실행이 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="68"/>
        <source>not at the minimum by the last step</source>
        <translation>마지막 스텝까지 최소점에 도착하지 못함</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="69"/>
        <source>at the minimum from step {0}</source>
        <translation>스텝 {0}부터 최소점에 있음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="71"/>
        <source>diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="71"/>
        <source>loss {0}</source>
        <translation>손실 {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="74"/>
        <source>stayed finite</source>
        <translation>발산하지 않음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="76"/>
        <source>diverged at step {0}</source>
        <translation>스텝 {0}에서 발산함</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="78"/>
        <source>stuck in a local minimum</source>
        <translation>지역 최소점에 갇힘</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="78"/>
        <source>not in a local minimum</source>
        <translation>지역 최소점에 있지 않음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="85"/>
        <source>None of these choices is right: see what each run did.</source>
        <translation>맞는 선택지가 없습니다: 각 실행이 어떻게 되었는지 보세요.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="88"/>
        <source>The runs&apos; answer: {0}.</source>
        <translation>실행 결과의 정답: {0}.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="90"/>
        <source>Right: {0}.</source>
        <translation>정답입니다: {0}.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="91"/>
        <source>Not quite: the runs say {0}.</source>
        <translation>아쉽습니다: 실행 결과의 정답은 {0}입니다.</translation>
    </message>
</context>
<context>
    <name>LessonEditing</name>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="195"/>
        <source>Lesson editor</source>
        <translation>수업 편집기</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="200"/>
        <source>&amp;Add this scene to the lesson</source>
        <translation>이 장면을 수업에 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="201"/>
        <source>Append the current scene as a new step (a new lesson if none is open).</source>
        <translation>현재 장면을 새 스텝으로 덧붙입니다(열린 수업이 없으면 새 수업).</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="202"/>
        <source>&amp;Edit lesson</source>
        <translation>수업 편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="203"/>
        <source>Reorder steps, edit their notes, frames and question.</source>
        <translation>스텝 순서를 바꾸고 메모, 프레임, 질문을 편집합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="204"/>
        <source>&amp;Save lesson as…</source>
        <translation>수업을 다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="204"/>
        <source>Save the lesson to a file.</source>
        <translation>수업을 파일로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="205"/>
        <source>E&amp;xport lesson…</source>
        <translation>수업 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="206"/>
        <source>A folder of slides (PNG, first and last frame) and a GIF per step.</source>
        <translation>스텝마다 슬라이드(PNG, 첫 프레임과 마지막 프레임)와 GIF를 담은 폴더.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="215"/>
        <source>A scene without steps cannot be a lesson step.</source>
        <translation>스텝이 없는 장면은 수업 스텝이 될 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="220"/>
        <source>My lesson</source>
        <translation>내 수업</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="234"/>
        <source>Save lesson</source>
        <translation>수업 저장</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="235"/>
        <source>Descent Lab lessons (*.json)</source>
        <translation>Descent Lab 수업 (*.json)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="243"/>
        <source>Cannot save lesson</source>
        <translation>수업을 저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="246"/>
        <source>Saved {0}</source>
        <translation>{0} 저장됨</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="252"/>
        <source>Export lesson to</source>
        <translation>수업을 내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="260"/>
        <source>Cannot export lesson</source>
        <translation>수업을 내보낼 수 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="262"/>
        <source>Wrote {0} files to {1}</source>
        <translation>{1}에 파일 {0}개를 썼습니다</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="42"/>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="42"/>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="42"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="49"/>
        <source>no question</source>
        <translation>질문 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="54"/>
        <source>Apply to this step</source>
        <translation>이 스텝에 적용</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="66"/>
        <source>Notes (English)</source>
        <translation>메모 (영어)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="67"/>
        <source>Notes (Korean)</source>
        <translation>메모 (한국어)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="71"/>
        <source>Frames (first, last)</source>
        <translation>프레임 (처음, 끝)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="72"/>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="73"/>
        <source>Choices (2-4 runs)</source>
        <translation>선택지 (실행 2-4개)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="74"/>
        <source>Question (English)</source>
        <translation>질문 (영어)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="75"/>
        <source>Question (Korean)</source>
        <translation>질문 (한국어)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="158"/>
        <source>A question needs 2 to 4 runs ticked as its choices.</source>
        <translation>질문에는 선택지로 표시한 실행이 2-4개 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="162"/>
        <source>The first frame must come before the last.</source>
        <translation>첫 프레임은 마지막 프레임보다 앞서야 합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/editor.py" line="174"/>
        <source>Cannot apply</source>
        <translation>적용할 수 없음</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="80"/>
        <source>The notes of this step.</source>
        <translation>이 스텝의 메모.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="81"/>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="82"/>
        <source>Play ▶</source>
        <translation>재생 ▶</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="83"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="84"/>
        <source>The previous step of the lesson (PageUp).</source>
        <translation>수업의 이전 스텝 (PageUp).</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="85"/>
        <source>Play this step; its end reveals the answer (Space).</source>
        <translation>이 스텝을 재생합니다. 끝나면 정답이 드러납니다 (Space).</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="86"/>
        <source>The next step of the lesson (PageDown).</source>
        <translation>수업의 다음 스텝 (PageDown).</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="94"/>
        <source>Pick this answer (key {0}).</source>
        <translation>이 답을 고릅니다 (키 {0}).</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="134"/>
        <source>No lesson open</source>
        <translation>열린 수업 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="135"/>
        <source>Open one from File ▸ Lessons.</source>
        <translation>파일 ▸ 수업에서 여세요.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/panel.py" line="151"/>
        <source>step {0} / {1}</source>
        <translation>스텝 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../../../gui/lessons/player.py" line="49"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="67"/>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="77"/>
        <source>Open this lesson.</source>
        <translation>이 수업을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="82"/>
        <source>&amp;Open lesson…</source>
        <translation>수업 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="83"/>
        <source>Open a lesson file.</source>
        <translation>수업 파일을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="86"/>
        <source>&amp;Close lesson</source>
        <translation>수업 닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="87"/>
        <source>Close the lesson; the scene stays.</source>
        <translation>수업을 닫습니다. 장면은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="93"/>
        <source>Next lesson step</source>
        <translation>다음 수업 스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="94"/>
        <source>Show the next step of the lesson (a presenter remote&apos;s forward key).</source>
        <translation>수업의 다음 스텝을 보여 줍니다(프레젠터 리모컨의 앞으로 키).</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="97"/>
        <source>Previous lesson step</source>
        <translation>이전 수업 스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="98"/>
        <source>Show the previous step of the lesson.</source>
        <translation>수업의 이전 스텝을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="103"/>
        <source>Pick answer {0}</source>
        <translation>답 {0} 고르기</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="104"/>
        <source>Pick this choice of the lesson&apos;s question.</source>
        <translation>수업 질문의 이 선택지를 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="119"/>
        <source>lesson step</source>
        <translation>수업 스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="119"/>
        <source>answer</source>
        <translation>답 고르기</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="131"/>
        <source>Cannot open lesson</source>
        <translation>수업을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="138"/>
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="139"/>
        <source>Descent Lab lessons (*.json);;All files (*)</source>
        <translation>Descent Lab 수업 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="179"/>
        <source>Lesson step {0}</source>
        <translation>수업 스텝 {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/player.py" line="246"/>
        <source>Lesson: step {0} / {1}</source>
        <translation>수업: 스텝 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="16"/>
        <source>Which run reaches the minimum first?</source>
        <translation>최소점에 먼저 도착하는 실행은?</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="17"/>
        <source>Which run reaches the minimum last?</source>
        <translation>최소점에 마지막으로 도착하는 실행은?</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="18"/>
        <source>Which run ends with the lowest loss?</source>
        <translation>끝에서 손실이 가장 낮은 실행은?</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="19"/>
        <source>Which run ends with the highest loss?</source>
        <translation>끝에서 손실이 가장 높은 실행은?</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="20"/>
        <source>Which run diverges?</source>
        <translation>발산하는 실행은?</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="21"/>
        <source>Which run gets stuck in a local minimum?</source>
        <translation>지역 최소점에 갇히는 실행은?</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="27"/>
        <source>first to reach the minimum</source>
        <translation>최소점에 가장 먼저 도착</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="28"/>
        <source>last to reach the minimum</source>
        <translation>최소점에 가장 늦게 도착</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="29"/>
        <source>lowest loss at the end</source>
        <translation>끝에서 가장 낮은 손실</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="30"/>
        <source>highest loss at the end</source>
        <translation>끝에서 가장 높은 손실</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="31"/>
        <source>diverges</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../../gui/lessons/wording.py" line="32"/>
        <source>stuck in a local minimum</source>
        <translation>지역 최소점에 갇힘</translation>
    </message>
</context>
</TS>
