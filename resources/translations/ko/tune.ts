<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>FairnessCard</name>
    <message>
        <location filename="../../../gui/tune/card.py" line="40"/>
        <source>Settings tried per optimizer.</source>
        <translation>옵티마이저마다 시도할 설정 수.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="43"/>
        <source>Noise seeds every setting is scored on (0, 1, 2, ...).</source>
        <translation>모든 설정을 평가할 잡음 시드 수 (0, 1, 2, ...).</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="45"/>
        <source>final loss − f*</source>
        <translation>최종 손실 − f*</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="46"/>
        <source>steps to tolerance</source>
        <translation>허용 오차까지 스텝 수</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="47"/>
        <source>What each setting is scored by: lower is better.</source>
        <translation>각 설정을 평가하는 기준: 낮을수록 좋습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="48"/>
        <source>Tune each run</source>
        <translation>실행마다 튜닝</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="49"/>
        <source>Search every run&apos;s settings, then apply the best.</source>
        <translation>모든 실행의 설정을 탐색한 뒤 가장 좋은 설정을 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="51"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="52"/>
        <source>Stop the search; nothing is changed.</source>
        <translation>탐색을 멈춥니다. 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="56"/>
        <source>Not tuned yet: each run has its own hand-picked settings.</source>
        <translation>아직 튜닝하지 않았습니다: 각 실행은 손으로 고른 설정을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="67"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="68"/>
        <source>Tuned settings</source>
        <translation>튜닝된 설정</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="69"/>
        <source>Score over seeds</source>
        <translation>시드별 점수</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="66"/>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="88"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="89"/>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="90"/>
        <source>Objective</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="138"/>
        <source>&lt;b&gt;Same rules for every run.&lt;/b&gt; Budget: {0} settings per optimizer (learning rate, and momentum or β1) · objective: {1}, mean over seeds {2} · {3} steps</source>
        <translation>&lt;b&gt;모든 실행에 같은 규칙.&lt;/b&gt; 예산: 옵티마이저마다 설정 {0}개 (학습률, 그리고 모멘텀 또는 β1) · 목표: {1}, 시드 {2}에 대한 평균 · {3} 스텝</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="145"/>
        <source>No run has gradient noise: every seed follows the same path.</source>
        <translation>그레이디언트 잡음이 있는 실행이 없습니다: 모든 시드가 같은 경로를 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="154"/>
        <source>failed on every seed</source>
        <translation>모든 시드에서 실패</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/card.py" line="162"/>
        <source>({0} of {1} failed)</source>
        <translation>({1}개 중 {0}개 실패)</translation>
    </message>
</context>
<context>
    <name>TuneFeature</name>
    <message>
        <location filename="../../../gui/tune/feature.py" line="47"/>
        <source>Fairness card</source>
        <translation>공정성 카드</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="51"/>
        <source>&amp;Tune each run</source>
        <translation>실행마다 튜닝(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="52"/>
        <source>Search each run&apos;s learning rate (and momentum or β1) under the same budget, seeds and objective, then apply the best as one undoable edit.</source>
        <translation>같은 예산, 시드, 목표로 각 실행의 학습률(그리고 모멘텀 또는 β1)을 탐색한 뒤, 가장 좋은 설정을 되돌릴 수 있는 한 번의 편집으로 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="86"/>
        <source>Tune each run: add a run first.</source>
        <translation>실행마다 튜닝: 먼저 실행을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="119"/>
        <source>Tune each run</source>
        <translation>실행마다 튜닝</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="122"/>
        <source>Tuned {0} runs; the fair race&apos;s winner: {1}.</source>
        <translation>실행 {0}개를 튜닝했습니다. 공정한 경주의 승자: {1}.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="134"/>
        <source>Tuning cancelled: the scene changed.</source>
        <translation>튜닝 취소: 장면이 바뀌었습니다.</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="151"/>
        <source>Tuning failed: {0}</source>
        <translation>튜닝 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../../gui/tune/feature.py" line="88"/>
        <source>{0} is tuned over {1} alone: the sweep map needs two settings; the fairness card lists the tuned value.</source>
        <translation>{0}은(는) {1} 하나만 튜닝합니다. 스윕 지도에는 설정이 두 개 필요합니다. 튜닝된 값은 공정성 카드에 있습니다.</translation>
    </message>
</context>
</TS>
