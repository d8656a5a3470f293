<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DataDock</name>
    
    <message>
        <location filename="../../../gui/data_view.py" line="129"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    
    <message>
        <location filename="../../../gui/data_view.py" line="149"/>
        <source>Show or hide the training set and the lines the runs have fitted so far.</source>
        <translation>훈련집합과 각 실행이 지금까지 맞춘 직선을 보이거나 숨깁니다.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    
    <message>
        <location filename="../../../gui/data_view.py" line="57"/>
        <source>This surface has no data set: choose a regression surface</source>
        <translation>이 곡면에는 데이터 집합이 없습니다: 회귀 곡면을 고르세요</translation>
    </message>
    
    <message>
        <location filename="../../../gui/data_view.py" line="65"/>
        <source>Data and fitted lines y = w·x + b</source>
        <translation>데이터와 맞춘 직선 y = w·x + b</translation>
    </message>
    
    <message>
        <location filename="../../../gui/data_view.py" line="78"/>
        <source>Data and decision lines w·x = 0</source>
        <translation>데이터와 결정 경계 w·x = 0</translation>
    </message>
</context>
</TS>
