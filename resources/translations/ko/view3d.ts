<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Surface3DDock</name>
    <message>
        <location filename="../../../gui/surface_3d.py" line="100"/>
        <source>no OpenGL context on the &apos;{0}&apos; platform</source>
        <translation>&apos;{0}&apos; 플랫폼에는 OpenGL 컨텍스트가 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_3d.py" line="106"/>
        <source>no OpenGL context could be created</source>
        <translation>OpenGL 컨텍스트를 만들 수 없음</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_3d.py" line="209"/>
        <source>3-D view</source>
        <translation>3차원 보기</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_3d.py" line="251"/>
        <source>The 3-D view needs OpenGL, which is not available here ({0}). Everything else works.</source>
        <translation>3차원 보기에는 OpenGL이 필요하지만 이 환경에서는 사용할 수 없습니다({0}). 다른 기능은 모두 정상적으로 동작합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_3d.py" line="265"/>
        <source>Show or hide the rotatable 3-D view of the surface and the paths.</source>
        <translation>곡면과 경로를 회전해 볼 수 있는 3차원 보기를 표시하거나 숨깁니다.</translation>
    </message>
</context>
<context>
    <name>Surface3DView</name>
    <message>
        <location filename="../../../gui/surface_3d.py" line="135"/>
        <source>Reset camera</source>
        <translation>카메라 초기화</translation>
    </message>
    <message>
        <location filename="../../../gui/surface_3d.py" line="136"/>
        <source>Look at the whole surface from the starting angle.</source>
        <translation>처음 각도에서 곡면 전체를 봅니다.</translation>
    </message>
</context>
</TS>
