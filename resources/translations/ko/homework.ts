<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<!-- Homework mode: a student's own optim.py racing the reference (gui/panels/homework.py). -->
<context>
    <name>Homework</name>
    <message><source>Reference and student numbers</source><translation>기준 구현과 내 구현의 값</translation></message>
    <message><source>Open my optimizer</source><translation>내 옵티마이저 열기</translation></message>
    <message><source>Python files (*.py)</source><translation>파이썬 파일 (*.py)</translation></message>
    <message><source>it defines none of sgd, adam, ...</source><translation>sgd, adam 등 어느 규칙도 정의하지 않습니다</translation></message>
    <message><source>Cannot use {path}: {problem}</source><translation>{path}을(를) 사용할 수 없습니다: {problem}</translation></message>
    <message><source>The session&apos;s optimizer file {path} is missing</source><translation>세션이 가리키는 옵티마이저 파일 {path}이(가) 없습니다</translation></message>
    <message><source>Homework verdict</source><translation>과제 판정</translation></message>
    <message><source>No update of your optimizer at this frame.</source><translation>이 프레임에는 내 옵티마이저의 업데이트가 없습니다.</translation></message>
    <message><source>update {step} of my {rule}</source><translation>내 {rule}의 업데이트 {step}</translation></message>
    <message><source>reference</source><translation>기준</translation></message>
    <message><source>yours</source><translation>내 구현</translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message><source>Run this Python file?</source><translation>이 파이썬 파일을 실행할까요?</translation></message>
    <message><source>The session refers to your optimizer file
{path}
Opening it runs its Python code on this computer, without a sandbox. Run it only if you trust it.</source><translation>세션이 내 옵티마이저 파일을 가리킵니다
{path}
열면 이 컴퓨터에서 그 파이썬 코드가 샌드박스 없이 실행됩니다. 믿을 수 있는 파일만 실행하세요.</translation></message>
    <message><source>Open my optimizer…</source><translation>내 옵티마이저 열기…</translation></message>
    <message><source>Race your own optim.py (cs231n&apos;s sgd, sgd_momentum, rmsprop, adam…) against the reference. This runs your Python code: open only files you trust.</source><translation>직접 작성한 옵티마이저 파일(cs231n 형식의 sgd, sgd_momentum, rmsprop, adam…)을 기준 구현과 경주시킵니다. 파이썬 코드가 실행되므로 믿을 수 있는 파일만 여세요.</translation></message>
    <message><source>Jump to first difference</source><translation>처음 달라지는 단계로 이동</translation></message>
    <message><source>Move the timeline to the first step where your optimizer departs</source><translation>내 옵티마이저가 처음 달라지는 단계로 타임라인을 옮깁니다</translation></message>
    <message><source>My optimizer</source><translation>내 옵티마이저</translation></message>
</context>
</TS>
