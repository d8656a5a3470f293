<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<!-- pyqtgraph's own context menus on the plots (right click). -->
<context>
    <name>GraphicsScene</name>
    <message><source>Export...</source><translation>내보내기...</translation></message>
</context>
<context>
    <name>ViewBox</name>
    <message><source>View All</source><translation>전체 보기</translation></message>
    <message><source>Mouse Mode</source><translation>마우스 모드</translation></message>
    <message><source>1 button</source><translation>1버튼</translation></message>
    <message><source>3 button</source><translation>3버튼</translation></message>
    <message><source>ViewBox options</source><translation>보기 옵션</translation></message>
    <message><source>axis</source><translation>축</translation></message>
</context>
<context>
    <name>PlotItem</name>
    <message><source>Plot Options</source><translation>플롯 옵션</translation></message>
    <message><source>Transforms</source><translation>변환</translation></message>
    <message><source>Downsample</source><translation>다운샘플링</translation></message>
    <message><source>Average</source><translation>평균</translation></message>
    <message><source>Alpha</source><translation>투명도</translation></message>
    <message><source>Grid</source><translation>격자</translation></message>
    <message><source>Points</source><translation>점</translation></message>
</context>
</TS>
