<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../../gui/presentation.py" line="22"/>
        <source>play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="23"/>
        <source>step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="24"/>
        <source>±10</source>
        <translation>±10 스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="25"/>
        <source>first / last</source>
        <translation>처음 / 끝</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="26"/>
        <source>walk through the rule</source>
        <translation>규칙 한 줄씩 설명</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="27"/>
        <source>hide these keys</source>
        <translation>이 안내 숨기기</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="28"/>
        <source>leave</source>
        <translation>나가기</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="74"/>
        <source>The keys that drive the presentation; H hides this strip.</source>
        <translation>발표를 조작하는 키입니다. H 키로 이 줄을 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="84"/>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="88"/>
        <source>Full screen with large text and thick lines for a projector; F11 or Esc leaves it.</source>
        <translation>프로젝터용으로 글자는 크게, 선은 굵게 전체 화면에 보여 줍니다. F11 또는 Esc로 나갑니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="94"/>
        <source>Presentation &amp;key hints</source>
        <translation>발표 모드 키 안내(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="97"/>
        <source>Show or hide the strip of keys shown in presentation mode.</source>
        <translation>발표 모드에서 보이는 키 안내 줄을 보이거나 숨깁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/presentation.py" line="103"/>
        <source>Leave presentation mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
</context>
</TS>
