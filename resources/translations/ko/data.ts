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
<context>
    <name>RunEditor</name>
    
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
        <location filename="../../../gui/run_editor.py" line="374"/>
        <source>Change momentum schedule of {0}</source>
        <translation>{0}의 모멘텀 스케줄 변경</translation>
    </message>
    
    <message>
        <location filename="../../../gui/run_editor.py" line="380"/>
        <source>Change batch size of {0}</source>
        <translation>{0}의 배치 크기 변경</translation>
    </message>
</context>
</TS>
