<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>engine</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Plain gradient descent: x = x − lr·g.</source>
        <translation>기본 경사 하강법: x = x − lr·g.</translation>
    </message>
    <message>
        <source>learning rate: the size of each step</source>
        <translation>학습률: 한 스텝의 크기</translation>
    </message>
    <message>
        <source>ρ in the textbook, α in cs231n</source>
        <translation>교재의 ρ, cs231n의 α</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Heavy-ball momentum in either form; the two agree while lr is constant.</source>
        <translation>두 형태 중 하나로 쓰는 헤비볼 모멘텀. lr이 일정하면 두 형태는 같습니다.</translation>
    </message>
    <message>
        <source>fraction of the velocity kept from one step to the next</source>
        <translation>다음 스텝으로 넘겨 유지하는 속도 벡터의 비율</translation>
    </message>
    <message>
        <source>α in eq. 5.12, ρ in cs231n</source>
        <translation>식 5.12의 α, cs231n의 ρ</translation>
    </message>
    <message>
        <source>pytorch: v = μv + g, x −= lr·v (cs231n); sutskever: v = μv − lr·g, x += v (eq. 5.12)</source>
        <translation>pytorch: v = μv + g, x −= lr·v (cs231n); sutskever: v = μv − lr·g, x += v (식 5.12)</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>네스테로프</translation>
    </message>
    <message>
        <source>Nesterov momentum: the gradient is taken where the velocity is about to carry us.</source>
        <translation>네스테로프 모멘텀: 속도 벡터가 곧 데려갈 곳에서 그레이디언트를 구합니다.</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>AdaGrad (algorithm 5-3): r = r + g⊙g;  x = x − lr·g / (√r + ε).</source>
        <translation>AdaGrad (알고리즘 5-3): r = r + g⊙g;  x = x − lr·g / (√r + ε).</translation>
    </message>
    <message>
        <source>ε added to √r so the division never blows up</source>
        <translation>나눗셈이 폭주하지 않도록 √r에 더하는 ε</translation>
    </message>
    <message>
        <source>δ or ε</source>
        <translation>δ 또는 ε</translation>
    </message>
    <message>
        <source>starting value of the sum of squared gradients r</source>
        <translation>그레이디언트 제곱의 누적 r의 초깃값</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>RMSProp (algorithm 5-4): r = α·r + (1−α)·g⊙g;  x = x − lr·g / (√r + ε).</source>
        <translation>RMSProp (알고리즘 5-4): r = α·r + (1−α)·g⊙g;  x = x − lr·g / (√r + ε).</translation>
    </message>
    <message>
        <source>decay of the moving average of g²</source>
        <translation>g²의 가중 이동 평균 계수</translation>
    </message>
    <message>
        <source>α (ρ in cs231n)</source>
        <translation>α (cs231n의 ρ)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adam (algorithm 5-5; cs231n's fix: the corrected moments are not stored).</source>
        <translation>Adam (알고리즘 5-5; cs231n의 수정 적용: 보정한 모멘트는 저장하지 않음).</translation>
    </message>
    <message>
        <source>decay of the first moment m</source>
        <translation>1차 모멘트 m의 감쇠 계수</translation>
    </message>
    <message>
        <source>β1 or ρ1</source>
        <translation>β1 또는 ρ1</translation>
    </message>
    <message>
        <source>decay of the second moment v</source>
        <translation>2차 모멘트 v의 감쇠 계수</translation>
    </message>
    <message>
        <source>β2 or ρ2</source>
        <translation>β2 또는 ρ2</translation>
    </message>
    <message>
        <source>divide the moments by (1 − β^t) so early steps are not mis-scaled</source>
        <translation>초기 스텝의 크기가 어긋나지 않도록 모멘트를 (1 − β^t)로 나눔</translation>
    </message>
    <message>
        <source>AMSGrad: divide by the largest v seen so far, so no axis's step ever grows</source>
        <translation>AMSGrad: 지금까지 나온 가장 큰 v로 나누어 어느 축의 스텝도 커지지 않게 함</translation>
    </message>
    <message>
        <source>L2 penalty λ: λ·x is added to the gradient before the moments</source>
        <translation>L2 벌점 λ: 모멘트를 구하기 전에 그레이디언트에 λ·x를 더함</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>AdamW (Loshchilov &amp; Hutter; torch.optim.AdamW): Adam with decoupled weight decay.</source>
        <translation>AdamW (Loshchilov &amp; Hutter; torch.optim.AdamW): 가중치 감쇠를 분리한 Adam.</translation>
    </message>
    <message>
        <source>decoupled decay λ: x shrinks by the fraction lr·λ each step</source>
        <translation>분리된 감쇠 λ: 매 스텝 x가 lr·λ의 비율만큼 줄어듦</translation>
    </message>
    <message>
        <source>NAdam</source>
        <translation>NAdam</translation>
    </message>
    <message>
        <source>NAdam (Dozat; torch.optim.NAdam): Adam with a Nesterov look-ahead in the moment.</source>
        <translation>NAdam (Dozat; torch.optim.NAdam): 모멘트에 네스테로프 예견을 넣은 Adam.</translation>
    </message>
    <message>
        <source>ψ: how fast μt warms up from β1/2 towards β1</source>
        <translation>ψ: μt가 β1/2에서 β1로 올라가는 속도</translation>
    </message>
    <message>
        <source>Adadelta</source>
        <translation>Adadelta</translation>
    </message>
    <message>
        <source>Adadelta (Zeiler 2012; torch.optim.Adadelta): the step's own RMS replaces the lr.</source>
        <translation>Adadelta (Zeiler 2012; torch.optim.Adadelta): 스텝 자신의 RMS가 lr을 대신합니다.</translation>
    </message>
    <message>
        <source>multiplies δ; 1 in the paper</source>
        <translation>δ에 곱하는 값; 논문에서는 1</translation>
    </message>
    <message>
        <source>decay of both moving averages</source>
        <translation>두 이동 평균의 감쇠 계수</translation>
    </message>
    <message>
        <source>ε inside both roots; also sets the first steps' size</source>
        <translation>두 제곱근 안의 ε; 첫 스텝들의 크기도 정함</translation>
    </message>
    <message>
        <source>RAdam</source>
        <translation>RAdam</translation>
    </message>
    <message>
        <source>RAdam (Liu et al. 2020; torch.optim.RAdam): Adam whose adaptive step waits for v.</source>
        <translation>RAdam (Liu 외 2020; torch.optim.RAdam): v가 쌓일 때까지 적응형 스텝을 미루는 Adam.</translation>
    </message>
    <message>
        <source>weight decay λ (L2, or decoupled)</source>
        <translation>가중치 감쇠 λ (L2 또는 분리형)</translation>
    </message>
    <message>
        <source>decay x itself by the fraction lr·λ (AdamW's way) instead of adding λ·x to g</source>
        <translation>g에 λ·x를 더하는 대신 x 자체를 lr·λ 비율만큼 줄임 (AdamW 방식)</translation>
    </message>
    <message>
        <source>Adamax</source>
        <translation>Adamax</translation>
    </message>
    <message>
        <source>Adamax (Kingma &amp; Ba 2015, §7.1; torch.optim.Adamax): Adam with the ∞-norm for v.</source>
        <translation>Adamax (Kingma &amp; Ba 2015, §7.1; torch.optim.Adamax): v 대신 ∞-노름을 쓰는 Adam.</translation>
    </message>
    <message>
        <source>decay of the largest |g| u</source>
        <translation>가장 큰 |g|인 u의 감쇠율</translation>
    </message>
    <message>
        <source>ε added to |g| inside the max</source>
        <translation>max 안에서 |g|에 더하는 ε</translation>
    </message>
    <message>
        <source>L2 penalty λ: λ·x is added to the gradient</source>
        <translation>L2 벌점 λ: 기울기에 λ·x를 더함</translation>
    </message>
    <message>
        <source>Rprop</source>
        <translation>Rprop</translation>
    </message>
    <message>
        <source>Rprop (Riedmiller &amp; Braun 1993; torch.optim.Rprop): per-axis steps from sign agreement.</source>
        <translation>Rprop (Riedmiller &amp; Braun 1993; torch.optim.Rprop): 부호가 일치하는지로 축마다 스텝 크기를 정함.</translation>
    </message>
    <message>
        <source>first step size Δ₀ of every axis</source>
        <translation>모든 축의 첫 스텝 크기 Δ₀</translation>
    </message>
    <message>
        <source>factor that shrinks an axis's step when its gradient flips sign</source>
        <translation>기울기 부호가 바뀐 축의 스텝을 줄이는 배율</translation>
    </message>
    <message>
        <source>factor that grows an axis's step while its gradient keeps its sign</source>
        <translation>기울기 부호가 유지되는 축의 스텝을 늘리는 배율</translation>
    </message>
    <message>
        <source>smallest step size</source>
        <translation>가장 작은 스텝 크기</translation>
    </message>
    <message>
        <source>Δmin</source>
        <translation>Δmin</translation>
    </message>
    <message>
        <source>largest step size</source>
        <translation>가장 큰 스텝 크기</translation>
    </message>
    <message>
        <source>Δmax</source>
        <translation>Δmax</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>Lion</translation>
    </message>
    <message>
        <source>Lion (Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms", alg. 2).</source>
        <translation>Lion (Chen 외 2023, "Symbolic Discovery of Optimization Algorithms", 알고리즘 2).</translation>
    </message>
    <message>
        <source>step length on every axis</source>
        <translation>모든 축에서의 스텝 길이</translation>
    </message>
    <message>
        <source>weight of the momentum in the step's direction</source>
        <translation>스텝 방향에서 모멘텀이 차지하는 비중</translation>
    </message>
    <message>
        <source>decay of the momentum m</source>
        <translation>모멘텀 m의 감쇠율</translation>
    </message>
    <message>
        <source>QHM</source>
        <translation>QHM</translation>
    </message>
    <message>
        <source>QHM (Ma &amp; Yarats 2019, algorithm 1): a ν-weighted mix of the gradient and momentum.</source>
        <translation>QHM (Ma &amp; Yarats 2019, 알고리즘 1): 기울기와 모멘텀을 ν로 가중해 섞음.</translation>
    </message>
    <message>
        <source>β: decay of the momentum buffer (a moving average of g)</source>
        <translation>β: 모멘텀 버퍼(g의 이동 평균)의 감쇠율</translation>
    </message>
    <message>
        <source>weight ν of the momentum against the plain gradient (0: none, 1: all momentum)</source>
        <translation>그냥 기울기 대비 모멘텀의 비중 ν (0: 모멘텀 없음, 1: 모멘텀만)</translation>
    </message>
    <message>
        <source>QHAdam</source>
        <translation>QHAdam</translation>
    </message>
    <message>
        <source>QHAdam (Ma &amp; Yarats 2019, algorithm 2): QHM's mix in both of Adam's moments.</source>
        <translation>QHAdam (Ma &amp; Yarats 2019, 알고리즘 2): Adam의 두 모멘트 모두에 QHM의 섞기를 적용.</translation>
    </message>
    <message>
        <source>ν1: weight of m̂ against g in the numerator</source>
        <translation>ν1: 분자에서 g 대비 m̂의 비중</translation>
    </message>
    <message>
        <source>ν2: weight of v̂ against g⊙g under the root</source>
        <translation>ν2: 제곱근 안에서 g⊙g 대비 v̂의 비중</translation>
    </message>
    <message>
        <source>Schedule-free SGD</source>
        <translation>스케줄 없는 SGD</translation>
    </message>
    <message>
        <source>Schedule-free SGD (Defazio et al. 2024): SGD on z, gradient at y, position the average x.</source>
        <translation>스케줄 없는 SGD (Defazio 외 2024): z에서 SGD, 기울기는 y에서, 위치는 평균 x.</translation>
    </message>
    <message>
        <source>β: how close to the average x the gradient is taken</source>
        <translation>β: 기울기를 평균 x에 얼마나 가까운 곳에서 구할지</translation>
    </message>
    <message>
        <source>Newton</source>
        <translation>뉴턴 방법</translation>
    </message>
    <message>
        <source>Damped Newton: x = x − lr·(H + λI)⁻¹·g, H the surface's exact Hessian at x.</source>
        <translation>감쇠 뉴턴 방법: x = x − lr·(H + λI)⁻¹·g, H는 x에서 곡면의 정확한 헤세 행렬.</translation>
    </message>
    <message>
        <source>damping: the fraction of the Newton step taken</source>
        <translation>감쇠: 뉴턴 스텝 중 실제로 가는 비율</translation>
    </message>
    <message>
        <source>λ added to the Hessian's diagonal (Levenberg–Marquardt)</source>
        <translation>헤세 행렬의 대각선에 더하는 λ (Levenberg–Marquardt)</translation>
    </message>
    <message>
        <source>L-BFGS</source>
        <translation>L-BFGS</translation>
    </message>
    <message>
        <source>L-BFGS (torch.optim.LBFGS): x = x + α·d with d = −H̃·g.</source>
        <translation>L-BFGS (torch.optim.LBFGS): x = x + α·d, d = −H̃·g.</translation>
    </message>
    <message>
        <source>step length α before any line search</source>
        <translation>선 탐색 전의 스텝 길이 α</translation>
    </message>
    <message>
        <source>curvature pairs kept (torch's default is 100)</source>
        <translation>보관하는 곡률 쌍의 수 (torch의 기본값은 100)</translation>
    </message>
    <message>
        <source>none: α = lr at every step</source>
        <translation>none: 매 스텝 α = lr</translation>
    </message>
    <message>
        <source>most evaluations of one line search</source>
        <translation>선 탐색 한 번의 최대 함수 계산 횟수</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>계단식 감쇠</translation>
    </message>
    <message>
        <source>steps between two drops</source>
        <translation>두 번의 감소 사이의 스텝 수</translation>
    </message>
    <message>
        <source>factor applied at each drop</source>
        <translation>감소할 때마다 곱하는 계수</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>지수 감쇠</translation>
    </message>
    <message>
        <source>decay rate per step</source>
        <translation>스텝당 감쇠율</translation>
    </message>
    <message>
        <source>Inverse time</source>
        <translation>1/t 감쇠</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <source>Cosine annealing from lr down to floor·lr over each period, then a warm restart.</source>
        <translation>주기마다 lr에서 floor·lr까지 코사인으로 줄인 뒤 다시 시작(웜 리스타트)합니다.</translation>
    </message>
    <message>
        <source>steps from lr down to floor·lr</source>
        <translation>lr에서 floor·lr까지 내려가는 스텝 수</translation>
    </message>
    <message>
        <source>fraction of lr left at the end of a period</source>
        <translation>주기가 끝날 때 남는 lr의 비율</translation>
    </message>
    <message>
        <source>Warmup</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>Linear warm-up in front of another schedule: (t+1)/steps, then the schedule from its t = 0.</source>
        <translation>다른 스케줄 앞의 선형 워밍업: (t+1)/steps, 그다음 그 스케줄을 t = 0부터.</translation>
    </message>
    <message>
        <source>updates the rate takes to climb to lr</source>
        <translation>학습률이 lr까지 오르는 데 걸리는 업데이트 수</translation>
    </message>
    <message>
        <source>the schedule that follows the warm-up, as a spec</source>
        <translation>워밍업 뒤에 이어지는 스케줄 (spec으로)</translation>
    </message>
    <message>
        <source>One cycle</source>
        <translation>원 사이클</translation>
    </message>
    <message>
        <source>torch's OneCycleLR shape (cosine annealing, two phases): up to lr, then far below it.</source>
        <translation>torch OneCycleLR의 모양 (코사인 어닐링, 두 단계): lr까지 올랐다가 훨씬 아래로.</translation>
    </message>
    <message>
        <source>updates in the whole cycle</source>
        <translation>한 사이클 전체의 업데이트 수</translation>
    </message>
    <message>
        <source>fraction of the cycle spent climbing</source>
        <translation>사이클 중 올라가는 데 쓰는 비율</translation>
    </message>
    <message>
        <source>the start is lr/div_factor</source>
        <translation>시작값은 lr/div_factor</translation>
    </message>
    <message>
        <source>div</source>
        <translation>div</translation>
    </message>
    <message>
        <source>the end is the start/final_div_factor</source>
        <translation>끝값은 시작값/final_div_factor</translation>
    </message>
    <message>
        <source>final_div</source>
        <translation>final_div</translation>
    </message>
    <message>
        <source>Polynomial</source>
        <translation>다항식</translation>
    </message>
    <message>
        <source>Polynomial decay to `end`: torch's PolynomialLR (which ends at 0) with a floor.</source>
        <translation>`end`까지의 다항식 감쇠: 바닥값이 있는 torch PolynomialLR (torch는 0에서 끝남).</translation>
    </message>
    <message>
        <source>updates to reach end·lr</source>
        <translation>end·lr에 이르는 업데이트 수</translation>
    </message>
    <message>
        <source>the exponent: 1 is linear, 2 falls fast then slow</source>
        <translation>지수: 1은 직선, 2는 빠르게 떨어지다 느려짐</translation>
    </message>
    <message>
        <source>fraction of lr left after total_steps</source>
        <translation>total_steps 뒤에 남는 lr의 비율</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>정체 시 감소</translation>
    </message>
    <message>
        <source>Cut the learning rate by `factor` when the loss stops falling (torch's ReduceLROnPlateau).</source>
        <translation>손실이 더 내려가지 않으면 학습률에 `factor`를 곱해 줄입니다 (torch의 ReduceLROnPlateau).</translation>
    </message>
    <message>
        <source>the rate is multiplied by this at each cut</source>
        <translation>줄일 때마다 학습률에 곱하는 값</translation>
    </message>
    <message>
        <source>steps without improvement before a cut</source>
        <translation>줄이기 전까지 개선 없이 기다리는 스텝 수</translation>
    </message>
    <message>
        <source>relative improvement that counts as one</source>
        <translation>개선으로 인정하는 상대적 감소량</translation>
    </message>
    <message>
        <source>Canyon</source>
        <translation>협곡 지형</translation>
    </message>
    <message>
        <source>cs231n's long valley (fig. 5-13a): cliffs across y, a gentle slope along x.</source>
        <translation>cs231n의 긴 골짜기(그림 5-13(a)): y 방향으로는 절벽, x 방향으로는 완만한 경사.</translation>
    </message>
    <message>
        <source>Steep walls drop to a long, gently sloping floor: SGD zig-zags across, momentum builds speed along it, adaptive methods rescale each axis.</source>
        <translation>가파른 벽이 길고 완만한 바닥으로 떨어집니다: SGD는 가로로 지그재그하고, 모멘텀은 바닥을 따라 속도를 붙이며, 적응적 학습률 방법은 축마다 보폭을 조절합니다.</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>안장점 지형</translation>
    </message>
    <message>
        <source>A saddle at the centre (fig. 5-13b) with two minima to escape to.</source>
        <translation>중앙의 안장점(그림 5-13(b))과 빠져나갈 두 최소점.</translation>
    </message>
    <message>
        <source>Along x the centre is a minimum, along y a maximum: plain gradient descent crawls away from the saddle while adaptive methods escape quickly.</source>
        <translation>중앙은 x 방향으로는 최소점, y 방향으로는 최대점입니다: 기본 경사 하강법은 안장점에서 느리게 벗어나고, 적응적 학습률 방법은 빠르게 빠져나갑니다.</translation>
    </message>
    <message>
        <source>Local minima</source>
        <translation>지역 최소점</translation>
    </message>
    <message>
        <source>A tilted washboard: two local minima on the way to the global one.</source>
        <translation>기울어진 빨래판: 전역 최소점으로 가는 길에 지역 최소점이 둘 있습니다.</translation>
    </message>
    <message>
        <source>Ripples along x leave local minima on the way to the global one: SGD stops in the first dip, momentum can roll through.</source>
        <translation>x 방향의 물결이 전역 최소점으로 가는 길에 지역 최소점을 만듭니다: SGD는 첫 웅덩이에 멈추고, 모멘텀은 굴러서 지나갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>평원</translation>
    </message>
    <message>
        <source>A nearly flat plain before a Gaussian bowl: tiny gradients far from the minimum.</source>
        <translation>가우스 그릇 앞의 거의 평평한 평원: 최소점에서 멀면 그레이디언트가 아주 작습니다.</translation>
    </message>
    <message>
        <source>Far from the bowl the ground is almost flat: SGD barely moves, while methods that divide by the gradient's size keep a steady pace.</source>
        <translation>그릇에서 멀리 떨어진 곳은 거의 평평합니다: SGD는 거의 움직이지 않지만, 그레이디언트 크기로 나누는 방법은 일정한 속도를 유지합니다.</translation>
    </message>
    <message>
        <source>Rosenbrock</source>
        <translation>Rosenbrock</translation>
    </message>
    <message>
        <source>A curved, flat-bottomed banana valley: easy to find, slow to follow.</source>
        <translation>바닥이 평평하고 휘어진 바나나 모양 골짜기: 찾기는 쉽지만 따라가기는 느립니다.</translation>
    </message>
    <message>
        <source>Beale</source>
        <translation>Beale</translation>
    </message>
    <message>
        <source>Sharp ridges and flat arms: a test of how a step size adapts.</source>
        <translation>날카로운 능선과 평평한 팔: 보폭이 얼마나 잘 적응하는지 시험합니다.</translation>
    </message>
    <message>
        <source>Himmelblau</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>Four equal minima: where a run ends depends on where it starts.</source>
        <translation>높이가 같은 최소점 넷: 실행이 어디서 끝나는지는 어디서 시작하는지에 달려 있습니다.</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Booth</translation>
    </message>
    <message>
        <source>A tilted, mildly stretched bowl: the easy case.</source>
        <translation>기울어지고 조금 늘어난 그릇: 쉬운 경우.</translation>
    </message>
    <message>
        <source>Rastrigin</source>
        <translation>Rastrigin</translation>
    </message>
    <message>
        <source>An egg box of local minima around one global minimum.</source>
        <translation>하나의 전역 최소점을 둘러싼 달걀판 모양의 지역 최소점들.</translation>
    </message>
    <message>
        <source>Ackley</source>
        <translation>Ackley</translation>
    </message>
    <message>
        <source>A nearly flat, rippled plain around one deep hole.</source>
        <translation>깊은 구멍 하나를 둘러싼, 거의 평평하고 물결진 평원.</translation>
    </message>
    <message>
        <source>Six-hump camel</source>
        <translation>여섯 혹 낙타</translation>
    </message>
    <message>
        <source>Two global minima, four local ones and the saddles between them.</source>
        <translation>전역 최소점 둘, 지역 최소점 넷, 그리고 그 사이의 안장점들.</translation>
    </message>
    <message>
        <source>Quadratic bowl</source>
        <translation>이차 함수 그릇</translation>
    </message>
    <message>
        <source>½(x_r² + κ·y_r²) with the axes rotated by `angle` degrees: κ is the condition number.</source>
        <translation>축을 `angle`도 회전한 ½(x_r² + κ·y_r²): κ는 조건수입니다.</translation>
    </message>
    <message>
        <source>The model of every valley: κ sets how stretched it is.</source>
        <translation>모든 골짜기의 모형: κ가 얼마나 늘어났는지를 정합니다.</translation>
    </message>
    <message>
        <source>condition number: curvature ratio</source>
        <translation>조건수: 곡률의 비</translation>
    </message>
    <message>
        <source>rotation of the axes in degrees</source>
        <translation>축의 회전 각도(도)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 정의</translation>
    </message>
    <message>
        <source>f(x, y) typed by the user, parsed by a whitelist, differentiated by sympy.</source>
        <translation>사용자가 입력한 f(x, y). 허용 목록으로 해석하고 sympy로 미분합니다.</translation>
    </message>
    <message>
        <source>Your own f(x, y): the gradient is derived symbolically, minima found numerically.</source>
        <translation>직접 만든 f(x, y): 그레이디언트는 기호 미분으로, 최소점은 수치적으로 구합니다.</translation>
    </message>
    <message>
        <source>the view: xmin,xmax,ymin,ymax</source>
        <translation>보이는 영역: xmin,xmax,ymin,ymax</translation>
    </message>
    <message>
        <source>the default start x,y (empty: left of the centre)</source>
        <translation>기본 시작점 x,y (비우면 중앙의 왼쪽)</translation>
    </message>
    <message>
        <source>f(x, y) with + - * / **, ( ), numbers, pi, e, sin, exp, ...</source>
        <translation>f(x, y): + - * / **, ( ), 숫자, pi, e, sin, exp, ... 사용 가능</translation>
    </message>
    <message>
        <source>Linear regression</source>
        <translation>선형 회귀</translation>
    </message>
    <message>
        <source>Mean squared error of the line w·x + b over N generated points; the plot axes are (w, b).</source>
        <translation>생성된 N개의 점에 대한 직선 w·x + b의 평균 제곱 오차. 그림의 축은 (w, b)입니다.</translation>
    </message>
    <message>
        <source>A line fitted to noisy points: each mini-batch sees a different sample, so SGD wanders around the least-squares fit. A feature offset makes the valley long and thin.</source>
        <translation>잡음이 있는 점들에 맞춘 직선: 미니배치마다 다른 표본을 보므로 SGD는 최소제곱 해 주변을 맴돕니다. 특징의 오프셋은 골짜기를 길고 좁게 만듭니다.</translation>
    </message>
    <message>
        <source>number of training examples N</source>
        <translation>훈련 예제의 개수 N</translation>
    </message>
    <message>
        <source>standard deviation of the noise in the data</source>
        <translation>데이터에 섞인 잡음의 표준편차</translation>
    </message>
    <message>
        <source>added to every feature: larger makes the loss ill-conditioned</source>
        <translation>모든 특징에 더해지는 값: 클수록 손실 함수의 조건이 나빠집니다</translation>
    </message>
    <message>
        <source>seed of the generated data set</source>
        <translation>생성된 데이터 집합의 시드</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>로지스틱 회귀</translation>
    </message>
    <message>
        <source>Mean logistic loss of the classifier sign(w·x) on a nearly separable 2-D set, plus L2.</source>
        <translation>거의 분리 가능한 2차원 데이터에서 분류기 sign(w·x)의 평균 로지스틱 손실 + L2.</translation>
    </message>
    <message>
        <source>A line through the origin separating two clouds of points: mini-batches make the gradient noisy; the small L2 term gives the loss a minimum.</source>
        <translation>원점을 지나며 두 점 구름을 가르는 직선: 미니배치는 그레이디언트에 잡음을 더하고, 작은 L2 항이 손실에 최소점을 만들어 줍니다.</translation>
    </message>
    <message>
        <source>L2 penalty λ: without it there may be no minimum</source>
        <translation>L2 벌점 λ: 없으면 최소점이 없을 수도 있습니다</translation>
    </message>
    <message>
        <source>Momentum damps SGD's zig-zag (fig. 5-10)</source>
        <translation>모멘텀은 SGD의 지그재그를 누그러뜨린다 (그림 5-10)</translation>
    </message>
    <message>
        <source>A long, narrow valley: the loss is 20 times more curved across it than along it (κ = 20). SGD's step, ρ·∂J/∂Θ, is so large across the valley that every step overshoots to the other wall, so the blue path zig-zags from side to side while creeping along the floor. Momentum (v = α·v − ρ·∂J/∂Θ, Θ = Θ + v, α = 0.75) adds up the gradients of past steps: the across-valley parts alternate in sign and cancel, the along-valley parts agree and add up. Its path swings gently instead of zig-zagging, and it reaches the minimum first.</source>
        <translation>길고 좁은 골짜기: 손실의 곡률이 골짜기를 가로지르는 방향으로 따라가는 방향보다 20배 큽니다(κ = 20). SGD의 스텝 ρ·∂J/∂Θ는 골짜기를 가로지르는 방향으로 너무 커서 매 스텝 반대쪽 벽으로 오버슈팅합니다. 그래서 파란 경로는 바닥을 따라 조금씩 나아가며 좌우로 지그재그합니다. 모멘텀(v = α·v − ρ·∂J/∂Θ, Θ = Θ + v, α = 0.75)은 지난 스텝들의 그레이디언트를 누적합니다: 골짜기를 가로지르는 성분은 부호가 번갈아 바뀌어 상쇄되고, 골짜기를 따라가는 성분은 방향이 같아 더해집니다. 그 경로는 지그재그 대신 부드럽게 흔들리며, 최소점에 먼저 도착합니다.</translation>
    </message>
    <message>
        <source>Noisy gradients: momentum averages the noise</source>
        <translation>잡음 섞인 그레이디언트: 모멘텀은 잡음을 평균한다</translation>
    </message>
    <message>
        <source>Gradients computed on mini-batches are noisy. Here a random kick (standard deviation 2) is added to every gradient, the same kicks for both runs. SGD follows each noisy gradient, so its path is a jittery scribble. Momentum with α = 0.9 moves along its velocity, a running average of about the last 1/(1 − α) = 10 gradients: the random parts largely cancel, so consecutive steps point the same way and the path is smooth. Both take the same average step (lr = 0.05 for SGD, lr = 0.005 with α = 0.9 for momentum, since 0.005/(1 − 0.9) = 0.05).</source>
        <translation>미니배치로 계산한 그레이디언트에는 잡음이 있습니다. 여기서는 모든 그레이디언트에 무작위 충격(표준편차 2)을 더하며, 두 실행에 같은 충격을 줍니다. SGD는 잡음 섞인 그레이디언트를 하나하나 따라가므로 경로가 떨리는 낙서처럼 됩니다. α = 0.9인 모멘텀은 속도 벡터, 곧 최근 약 1/(1 − α) = 10개 그레이디언트의 이동 평균을 따라 움직입니다: 무작위 성분은 대부분 상쇄되어 연속한 스텝이 같은 방향을 가리키고 경로가 매끄럽습니다. 평균 스텝은 둘이 같습니다(SGD는 lr = 0.05, 모멘텀은 α = 0.9에 lr = 0.005. 0.005/(1 − 0.9) = 0.05이므로).</translation>
    </message>
    <message>
        <source>Momentum rolls through local minima</source>
        <translation>모멘텀은 지역 최소점을 굴러 지나갑니다</translation>
    </message>
    <message>
        <source>A tilted washboard: ripples along x leave two local minima on the way down to the global minimum at x ≈ 2.51 (☆ marks all three). All three runs start at the same point with the same ρ = 0.1. SGD follows the slope and stops in the first dip it meets, at x ≈ −2.31: there the gradient is 0, and SGD has nothing else to go on. Momentum keeps the speed it gathered on the way down: with α = 0.85 it rolls over the first ridge and stops in the second dip, at x ≈ 0.10; with α = 0.9 it carries enough speed over both ridges and settles in the global minimum. The more past gradients the velocity remembers, the higher the ridges it can climb.</source>
        <translation>기울어진 빨래판: x 방향의 물결이 전역 최소점 x ≈ 2.51로 내려가는 길에 지역 최소점 두 개를 남깁니다(☆가 셋 모두를 표시합니다). 세 실행 모두 같은 점에서 같은 ρ = 0.1로 출발합니다. SGD는 기울기를 따라가다 처음 만나는 골, x ≈ −2.31에서 멈춥니다: 그곳에서는 그레이디언트가 0이라 SGD에게는 더 이상 따라갈 것이 없습니다. 모멘텀은 내려오며 얻은 속도를 유지합니다: α = 0.85이면 첫 능선을 넘어 두 번째 골 x ≈ 0.10에서 멈추고, α = 0.9이면 두 능선을 모두 넘을 만큼 속도를 실어 전역 최소점에 자리 잡습니다. 속도 벡터가 지난 그레이디언트를 많이 기억할수록 더 높은 능선을 오를 수 있습니다.</translation>
    </message>
    <message>
        <source>Two forms of momentum part ways when the learning rate drops</source>
        <translation>학습률이 떨어지면 두 형태의 모멘텀이 갈라진다</translation>
    </message>
    <message>
        <source>The textbook form (eq. 5.12, 'sutskever': v = α·v − ρ·g, Θ = Θ + v) keeps the learning rate inside the velocity; the cs231n/PyTorch form (v = ρ·v + g, x = x − α·v; note the swapped letters) applies the learning rate when it steps. With a constant learning rate the two are the same algorithm and their paths coincide exactly. Here the learning rate is cut to 0.3× every 40 steps: from step 40 on, the PyTorch form brakes at once because its whole velocity is rescaled, while the textbook form coasts on the velocity it built with the old, larger rate. The two paths separate at every drop.</source>
        <translation>교재 형태(식 5.12, 'sutskever': v = α·v − ρ·g, Θ = Θ + v)는 학습률을 속도 벡터 안에 넣고, cs231n/PyTorch 형태(v = ρ·v + g, x = x − α·v; 글자가 서로 바뀐 점에 주의)는 이동할 때 학습률을 곱합니다. 학습률이 일정하면 둘은 같은 알고리즘이고 경로도 정확히 겹칩니다. 여기서는 40 스텝마다 학습률을 0.3배로 줄입니다: 40 스텝부터 PyTorch 형태는 속도 전체의 크기가 바뀌므로 곧바로 제동이 걸리지만, 교재 형태는 이전의 더 큰 학습률로 쌓은 속도로 계속 미끄러집니다. 학습률이 떨어질 때마다 두 경로가 갈라집니다.</translation>
    </message>
    <message>
        <source>Nesterov looks ahead before it steps (fig. 5-11)</source>
        <translation>네스테로프는 이동하기 전에 앞을 내다본다 (그림 5-11)</translation>
    </message>
    <message>
        <source>Nesterov momentum (eq. 5.13) first jumps to the look-ahead point Θ̃ = Θ + α·v, where the current velocity is about to carry it, and takes the gradient there: v = α·v − ρ·∂J/∂Θ|Θ̃, then Θ = Θ + v. The dotted line from the Nesterov run's current point ends at Θ̃; at the opening frame it is already far ahead of the marker. When the velocity is about to climb the far wall of the valley, the gradient at Θ̃ already points back and brakes the step early (as at the opening frame), so Nesterov overshoots less than plain momentum with the same ρ = 0.02 and α = 0.9 and settles sooner. Step with → and watch the look-ahead point lead the way.</source>
        <translation>네스테로프 모멘텀(식 5.13)은 먼저 현재 속도 벡터가 곧 데려갈 예견점 Θ̃ = Θ + α·v로 건너가 그곳에서 그레이디언트를 구합니다: v = α·v − ρ·∂J/∂Θ|Θ̃, 그다음 Θ = Θ + v. 네스테로프 실행의 현재 점에서 나온 점선은 Θ̃에서 끝납니다. 처음 열리는 프레임에서 이미 표시보다 한참 앞서 있습니다. 속도 벡터가 골짜기 건너편 벽을 오르려 할 때 Θ̃의 그레이디언트는 이미 반대쪽을 가리켜 스텝에 일찍 제동을 겁니다(처음 열리는 프레임이 그런 순간입니다). 그래서 같은 ρ = 0.02, α = 0.9의 일반 모멘텀보다 오버슈팅이 적고 더 빨리 자리 잡습니다. →로 한 스텝씩 진행하며 예견점이 앞장서는 모습을 보세요.</translation>
    </message>
    <message>
        <source>Learning rate: too small, good, too large (fig. 5-12)</source>
        <translation>학습률: 너무 작음, 적당함, 너무 큼 (그림 5-12)</translation>
    </message>
    <message>
        <source>Three SGD runs on the same bowl (10 times more curved along y than along x) differ only in the learning rate ρ. Too small (ρ = 0.005): every step is tiny and after 200 steps it has not arrived. Good (ρ = 0.1): it reaches the minimum in about 50 steps. Too large (ρ = 0.198): along y each step overshoots the minimum to almost the same height on the other side, like a pendulum, because ρ·κ = 1.98 is just under 2; above 2 it would swing ever wider and diverge.</source>
        <translation>같은 그릇(y 방향 곡률이 x 방향의 10배)에서 세 SGD 실행은 학습률 ρ만 다릅니다. 너무 작음(ρ = 0.005): 스텝이 매우 작아 200 스텝 뒤에도 도착하지 못합니다. 적당함(ρ = 0.1): 약 50 스텝 만에 최소점에 도달합니다. 너무 큼(ρ = 0.198): ρ·κ = 1.98이 2보다 조금 작아서, y 방향으로 매 스텝 최소점을 지나 반대쪽 거의 같은 높이까지 진자처럼 오버슈팅합니다. 2를 넘으면 점점 크게 흔들리다 발산합니다.</translation>
    </message>
    <message>
        <source>AdaGrad stalls, RMSProp keeps going</source>
        <translation>AdaGrad는 멈추고, RMSProp은 계속 간다</translation>
    </message>
    <message>
        <source>Both divide the step by the square root of a record of squared gradients r, each axis on its own. AdaGrad (algorithm 5-3) adds every g⊙g to r forever, so r grows with every step it takes along the floor of the canyon and its effective learning rate ρ/(ε + √r) can only shrink: its steps become so small that it stalls, still more than five units from the minimum after 400 steps. RMSProp (algorithm 5-4) keeps a moving average r = α·r + (1 − α)·g⊙g instead (α = 0.999), so r stays the size of the recent gradients: its effective learning rate grows again where the slope gets gentler, and it reaches the minimum. Same ρ = 0.02 for both; compare their effective learning rates in the Inspector.</source>
        <translation>둘 다 축마다 따로, 그레이디언트 제곱을 누적한 r의 제곱근으로 스텝을 나눕니다. AdaGrad(알고리즘 5-3)는 모든 g⊙g를 r에 계속 더하므로 협곡 바닥을 따라 한 스텝 갈 때마다 r이 커지고 유효 학습률 ρ/(ε + √r)는 줄어들기만 합니다: 스텝이 너무 작아져 멈추고, 400 스텝 뒤에도 최소점에서 5 이상 떨어져 있습니다. RMSProp(알고리즘 5-4)은 대신 이동 평균 r = α·r + (1 − α)·g⊙g(α = 0.999)를 쓰므로 r이 최근 그레이디언트 크기로 유지됩니다: 기울기가 완만해지는 곳에서 유효 학습률이 다시 커져 최소점에 도달합니다. 둘 다 같은 ρ = 0.02입니다. 인스펙터에서 두 유효 학습률을 비교해 보세요.</translation>
    </message>
    <message>
        <source>Adam with and without bias correction</source>
        <translation>편향 보정이 있는 Adam과 없는 Adam</translation>
    </message>
    <message>
        <source>Adam's moments start at 0, so after the first step m = (1 − β1)·g and v = (1 − β2)·g⊙g are far too small. Bias correction divides them by (1 − β1^t) and (1 − β2^t), which makes the first step ρ per axis (up to ε). Without it the first step is ρ·(1 − β1)/√(1 − β2) = ρ·0.1/√0.001 ≈ 3.16·ρ per axis, because v is shrunk much more than m: the early steps are mis-scaled (the slide's question). Compare the first few steps of the two paths. β1^t fades within a few dozen steps but β2^t = 0.999^t only over thousands, so here the uncorrected run's steps stay too large for the whole run; on this bowl both still reach the minimum.</source>
        <translation>Adam의 모멘트는 0에서 시작하므로 첫 스텝 뒤의 m = (1 − β1)·g와 v = (1 − β2)·g⊙g는 너무 작습니다. 편향 보정은 이를 (1 − β1^t)와 (1 − β2^t)로 나누어 첫 스텝을 축마다 ρ로 만듭니다(ε 차이 이내). 보정이 없으면 v가 m보다 훨씬 더 작아지므로 첫 스텝이 축마다 ρ·(1 − β1)/√(1 − β2) = ρ·0.1/√0.001 ≈ 3.16·ρ가 됩니다: 초기 스텝의 크기가 어긋납니다(슬라이드의 질문). 두 경로의 처음 몇 스텝을 비교해 보세요. β1^t는 수십 스텝 안에 사라지지만 β2^t = 0.999^t는 수천 스텝에 걸쳐서야 사라지므로, 여기서는 보정하지 않은 실행의 스텝이 실행 내내 너무 큽니다. 이 그릇에서는 둘 다 결국 최소점에 도달합니다.</translation>
    </message>
    <message>
        <source>Adam with and without warm-up</source>
        <translation>워밍업이 있는 Adam과 없는 Adam</translation>
    </message>
    <message>
        <source>Adam's first step is ρ along each axis whatever the slope: after one gradient m̂ = g and v̂ = g⊙g, so m̂/(√v̂ + ε) = ±1. Here Adam starts on the steep wall of the canyon (fig. 5-13a) with ρ = 1.5, and its first step jumps 1.5 across the floor, up the far wall. There the gradient already points back down, but m still holds the steep first gradient, so every later step carries the run further out, onto the flat rim where the loss is 2 and the slope almost 0: it slides to x = 3 and stalls there, far from the minimum. With warmup(steps=20, then=constant) the rate of update t (from 0) is ρ·(t + 1)/20 until it reaches ρ: the first step is ρ/20 per axis, and the run walks down the wall without ever leaving the canyon. By the time the rate is full, m and v have seen the steep walls and the swings across the floor, so m̂/√v̂ is well below 1: every later step is shorter than ρ/2 on both axes, and the run reaches the minimum (3, 0). Warm-up lowers the rate only for the first 19 updates, while Adam's moments rest on a few gradients.</source>
        <translation>Adam의 첫 스텝은 기울기와 상관없이 축마다 ρ입니다: 그레이디언트 하나 뒤에는 m̂ = g, v̂ = g⊙g이므로 m̂/(√v̂ + ε) = ±1입니다. 여기서 Adam은 협곡(그림 5-13a)의 가파른 벽에서 ρ = 1.5로 출발하고, 첫 스텝에 바닥을 건너 1.5만큼 뛰어 반대편 벽 위로 올라갑니다. 그곳의 그레이디언트는 이미 아래쪽으로 되돌아가는 방향이지만 m에는 가파른 첫 그레이디언트가 남아 있어, 이후의 모든 스텝이 실행을 더 바깥으로, 손실이 2이고 기울기가 거의 0인 평평한 가장자리로 데려갑니다: x = 3까지 미끄러져 최소점에서 멀리 떨어진 그곳에서 멈춥니다. warmup(steps=20, then=constant)에서는 업데이트 t(0부터)의 학습률이 ρ에 이를 때까지 ρ·(t + 1)/20입니다: 첫 스텝은 축마다 ρ/20이고, 실행은 협곡을 한 번도 벗어나지 않고 벽을 따라 내려갑니다. 학습률이 다 찼을 때에는 m과 v가 가파른 벽과 바닥을 가로지르는 흔들림을 이미 겪었으므로 m̂/√v̂가 1보다 훨씬 작습니다: 이후의 모든 스텝이 두 축 모두 ρ/2보다 짧고, 실행은 최소점 (3, 0)에 도달합니다. 워밍업은 Adam의 모멘트가 몇 개의 그레이디언트에만 기대는 처음 19번의 업데이트 동안만 학습률을 낮춥니다.</translation>
    </message>
    <message>
        <source>AdamW vs Adam with L2: decoupled weight decay</source>
        <translation>AdamW 대 L2를 쓰는 Adam: 분리된 가중치 감쇠</translation>
    </message>
    <message>
        <source>Both runs use weight decay λ = 1 on the Booth bowl, whose minimum is (1, 3); λ is deliberately huge (AdamW's usual λ is about 0.01) so that the pull of the decay toward the origin is easy to see. Adam's weight_decay is an L2 penalty: λ·x is added to the gradient before the moments, so it is divided by √v̂ like the rest of the gradient, and Adam minimizes f + ½λ‖x‖²: it settles at that ridge minimum, (1.228, 2.561) here. AdamW decouples the decay: x shrinks by the fraction ρ·λ every step, outside m and v, so the decay is never divided by √v̂. The Adam part of a step moves each coordinate by at most about ρ, the decay by ρ·λ·|x|, so the decay wins wherever |x| &gt; 1/λ: AdamW is pulled into the box |x|, |y| ≤ 1/λ = 1, much closer to the origin, and its loss stays far higher. That is the decay doing its job, keeping the weights small, not AdamW failing; with λ = 0.01 AdamW ends close to (1, 3). Plain Adam, without decay, reaches (1, 3). The decay is the same number in both optimizers, yet it means different things.</source>
        <translation>두 실행 모두 최소점이 (1, 3)인 Booth 그릇에서 가중치 감쇠 λ = 1을 씁니다. 감쇠가 원점 쪽으로 당기는 힘이 잘 보이도록 λ를 일부러 아주 크게 잡았습니다(AdamW의 보통 λ는 0.01 정도). Adam의 weight_decay는 L2 벌점입니다: 모멘트를 구하기 전에 그레이디언트에 λ·x를 더하므로 나머지 그레이디언트처럼 √v̂로 나뉘고, Adam은 f + ½λ‖x‖²를 최소화하여 그 능선 최소점, 여기서는 (1.228, 2.561)에 자리 잡습니다. AdamW는 감쇠를 분리합니다: m과 v 바깥에서 매 스텝 x가 ρ·λ의 비율만큼 줄어들므로 감쇠는 결코 √v̂로 나뉘지 않습니다. 한 스텝에서 Adam 부분은 각 좌표를 많아야 ρ 정도 움직이고 감쇠는 ρ·λ·|x|만큼 움직이므로 |x| &gt; 1/λ인 곳에서는 감쇠가 이깁니다: AdamW는 상자 |x|, |y| ≤ 1/λ = 1 안으로, 원점에 훨씬 가깝게 끌려가고 손실은 훨씬 높게 남습니다. 이는 AdamW가 실패한 것이 아니라 감쇠가 가중치를 작게 유지하는 제 역할을 하는 것입니다. λ = 0.01이면 AdamW는 (1, 3) 가까이에서 끝납니다. 감쇠가 없는 일반 Adam은 (1, 3)에 도달합니다. 두 옵티마이저에서 감쇠는 같은 숫자이지만 뜻은 다릅니다.</translation>
    </message>
    <message>
        <source>Six optimizers race through the canyon (fig. 5-13a)</source>
        <translation>여섯 옵티마이저의 협곡 경주 (그림 5-13(a))</translation>
    </message>
    <message>
        <source>The cs231n demo: steep walls across y drop to a long floor that slopes gently toward the minimum at (3, 0); at the floor the loss is 120 times more curved across the valley than along it. All six start at the same point. SGD (ρ = 0.16, just below 2/12 ≈ 0.167, the largest the walls allow) overshoots the floor at every step, so it zig-zags from wall to wall, and along the gentle floor its steps are tiny: it arrives last, long after all the others. Momentum (ρ = 0.06, α = 0.9) builds up speed: it swings from wall to wall and runs past the minimum before it comes back. Nesterov, with the same settings, looks ahead and brakes earlier, so it swings much less. AdaGrad, RMSProp and Adam divide each axis by the size of its own gradients, so their first step is as long across the valley as along it: they head diagonally down the wall, stop bouncing after a few steps and run along the floor.</source>
        <translation>cs231n 데모: y 방향의 가파른 벽이 (3, 0)의 최소점을 향해 완만하게 기울어진 긴 바닥으로 떨어집니다. 바닥에서 손실의 곡률은 골짜기를 가로지르는 방향이 따라가는 방향보다 120배 큽니다. 여섯 옵티마이저 모두 같은 점에서 출발합니다. SGD(ρ = 0.16, 벽이 허용하는 최댓값 2/12 ≈ 0.167보다 조금 작음)는 매 스텝 바닥을 지나쳐 벽에서 벽으로 지그재그하고, 완만한 바닥을 따라서는 스텝이 아주 작습니다: 다른 모든 옵티마이저보다 한참 늦게 꼴찌로 도착합니다. 모멘텀(ρ = 0.06, α = 0.9)은 속도를 붙여 벽에서 벽으로 크게 흔들리고, 최소점을 지나쳤다가 되돌아옵니다. 같은 설정의 네스테로프는 앞을 내다보고 더 일찍 제동을 걸어 훨씬 덜 흔들립니다. AdaGrad, RMSProp, Adam은 축마다 그 축의 그레이디언트 크기로 나누므로 첫 스텝이 골짜기를 가로지르는 방향과 따라가는 방향으로 같은 길이입니다: 벽을 대각선으로 내려가, 몇 스텝 만에 튕기기를 멈추고 바닥을 따라 달립니다.</translation>
    </message>
    <message>
        <source>Six optimizers escape a saddle point (fig. 5-13b)</source>
        <translation>여섯 옵티마이저의 안장점 탈출 (그림 5-13(b))</translation>
    </message>
    <message>
        <source>The surface x² − y² + y⁴/4 has a saddle at the centre: a minimum along x but a maximum along y. The runs start almost exactly on the ridge (y = 0.005), where the gradient along y is nearly 0. SGD (ρ = 0.02) slides toward the saddle and lingers near it: it comes within 0.15 of the saddle, and only after more than a hundred steps has it rolled 0.5 away from the ridge. Momentum and Nesterov escape sooner, and the adaptive methods AdaGrad, RMSProp and Adam escape almost at once: dividing by √r turns even a tiny gradient along y into a full-size step.</source>
        <translation>곡면 x² − y² + y⁴/4는 중앙에 안장점이 있습니다: x 방향으로는 최소점, y 방향으로는 최대점입니다. 실행들은 y 방향 그레이디언트가 거의 0인 능선 바로 위(y = 0.005)에서 출발합니다. SGD(ρ = 0.02)는 안장점 쪽으로 미끄러져 그 근처에 머뭅니다: 안장점에서 0.15 이내까지 다가가고, 백 스텝이 넘게 지나서야 능선에서 0.5만큼 굴러 내려갑니다. 모멘텀과 네스테로프는 더 일찍 빠져나가고, 적응적 학습률 방법인 AdaGrad, RMSProp, Adam은 거의 곧바로 빠져나갑니다: √r로 나누면 y 방향의 아주 작은 그레이디언트도 온전한 크기의 스텝이 됩니다.</translation>
    </message>
    <message>
        <source>Learning-rate decay settles noisy SGD</source>
        <translation>학습률 감쇠는 잡음 섞인 SGD를 안정시킨다</translation>
    </message>
    <message>
        <source>Four SGD runs with noisy gradients (the same noise for all) start with ρ0 = 0.1. With a constant learning rate the noise keeps kicking the run around the minimum forever: in its last 50 steps it still travels more than ten times as far as any decayed run. The decaying schedules shrink the steps over time: step decay halves ρ every 60 steps (so for the first 60 steps it is the constant run, and the two paths coincide), exponential decay uses ρ = ρ0·e^(−k·t) with k = 0.01, and 1/t decay uses ρ = ρ0/(1 + k·t) with k = 0.05. The decayed runs come to rest much closer to the minimum, while the constant run's path keeps scribbling around it. Watch the learning-rate chart, and tick Solo in the Runs list to see one path alone.</source>
        <translation>잡음 섞인 그레이디언트(모두 같은 잡음)를 쓰는 네 SGD 실행이 ρ0 = 0.1로 출발합니다. 학습률이 일정하면 잡음이 실행을 최소점 주위에서 끝없이 흔듭니다: 마지막 50 스텝 동안에도 감쇠한 어느 실행보다 열 배 넘게 멀리 움직입니다. 감쇠 스케줄은 시간이 지나며 스텝을 줄입니다: 계단식 감쇠는 60 스텝마다 ρ를 절반으로 줄이고(그래서 처음 60 스텝 동안은 일정 학습률 실행과 같아 두 경로가 겹칩니다), 지수 감쇠는 k = 0.01로 ρ = ρ0·e^(−k·t)를, 1/t 감쇠는 k = 0.05로 ρ = ρ0/(1 + k·t)를 씁니다. 감쇠한 실행들은 최소점에 훨씬 가까이에서 멈추고, 일정 학습률 실행의 경로는 그 주위를 계속 어지럽게 그립니다. 학습률 차트를 보고, 실행 목록에서 Solo를 체크해 경로 하나만 따로 보세요.</translation>
    </message>
    <message>
        <source>no next update: this is the run's last frame</source>
        <translation>다음 갱신 없음: 이 실행의 마지막 프레임입니다</translation>
    </message>
    <message>
        <source>Textbook (ρ = learning rate, α = momentum)</source>
        <translation>교재 (ρ = 학습률, α = 모멘텀)</translation>
    </message>
    <message>
        <source>cs231n (α = learning rate, ρ = momentum)</source>
        <translation>cs231n (α = 학습률, ρ = 모멘텀)</translation>
    </message>
    <message>
        <source>PyTorch names (lr, momentum, alpha, beta1, beta2, eps)</source>
        <translation>PyTorch 이름 (lr, momentum, alpha, beta1, beta2, eps)</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>그레이디언트</translation>
    </message>
    <message>
        <source>step</source>
        <translation>이동량</translation>
    </message>
    <message>
        <source>new position</source>
        <translation>새 위치</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>속도 벡터</translation>
    </message>
    <message>
        <source>momentum buffer</source>
        <translation>모멘텀 버퍼</translation>
    </message>
    <message>
        <source>look-ahead</source>
        <translation>예견점</translation>
    </message>
    <message>
        <source>sum of squared gradients</source>
        <translation>그레이디언트 제곱의 누적</translation>
    </message>
    <message>
        <source>mean of squared gradients</source>
        <translation>그레이디언트 제곱의 이동 평균</translation>
    </message>
    <message>
        <source>1st moment</source>
        <translation>1차 모멘트</translation>
    </message>
    <message>
        <source>2nd moment</source>
        <translation>2차 모멘트</translation>
    </message>
    <message>
        <source>largest 2nd moment</source>
        <translation>최대 2차 모멘트</translation>
    </message>
    <message>
        <source>bias-corrected 1st moment</source>
        <translation>편향 보정한 1차 모멘트</translation>
    </message>
    <message>
        <source>bias-corrected 2nd moment</source>
        <translation>편향 보정한 2차 모멘트</translation>
    </message>
    <message>
        <source>momentum schedule</source>
        <translation>모멘텀 스케줄</translation>
    </message>
    <message>
        <source>product of the μ</source>
        <translation>μ의 곱</translation>
    </message>
    <message>
        <source>step before lr</source>
        <translation>lr을 곱하기 전의 이동량</translation>
    </message>
    <message>
        <source>mean of squared steps</source>
        <translation>이동량 제곱의 이동 평균</translation>
    </message>
    <message>
        <source>length of the average</source>
        <translation>평균의 길이</translation>
    </message>
    <message>
        <source>variance rectification</source>
        <translation>분산 보정</translation>
    </message>
    <message>
        <source>decayed largest |g|</source>
        <translation>감쇠된 최대 |g|</translation>
    </message>
    <message>
        <source>sign agreement</source>
        <translation>부호 일치</translation>
    </message>
    <message>
        <source>step sizes</source>
        <translation>스텝 크기</translation>
    </message>
    <message>
        <source>gradient kept</source>
        <translation>유지된 그레이디언트</translation>
    </message>
    <message>
        <source>interpolated direction</source>
        <translation>보간된 방향</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>gradient point</source>
        <translation>기울기를 구하는 점</translation>
    </message>
    <message>
        <source>SGD sequence</source>
        <translation>SGD 수열</translation>
    </message>
    <message>
        <source>averaging weight</source>
        <translation>평균 가중치</translation>
    </message>
    <message>
        <source>averaged iterate</source>
        <translation>평균 낸 반복점</translation>
    </message>
    <message>
        <source>Hessian</source>
        <translation>헤세 행렬</translation>
    </message>
    <message>
        <source>Newton step</source>
        <translation>뉴턴 스텝</translation>
    </message>
    <message>
        <source>L-BFGS direction</source>
        <translation>L-BFGS 방향</translation>
    </message>
    <message>
        <source>step length</source>
        <translation>스텝 길이</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>정체</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>max_steps</source>
        <translation>최대 스텝 도달</translation>
    </message>
    <message>
        <source>{0} converged at step {1}</source>
        <translation>{0}: 스텝 {1}에서 수렴</translation>
    </message>
    <message>
        <source>{0} converged to a local minimum at step {1}</source>
        <translation>{0}: 스텝 {1}에서 지역 최소점에 수렴</translation>
    </message>
    <message>
        <source>{0} stalled at step {1}</source>
        <translation>{0}: 스텝 {1}에서 정체</translation>
    </message>
    <message>
        <source>{0} stalled at the saddle at step {1}</source>
        <translation>{0}: 스텝 {1}에서 안장점에 정체</translation>
    </message>
    <message>
        <source>{0} diverged at step {1}</source>
        <translation>{0}: 스텝 {1}에서 발산</translation>
    </message>
    <message>
        <source>{0} ran out of steps</source>
        <translation>{0}: 최대 스텝 도달</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>best GD</source>
        <translation>최적 GD</translation>
    </message>
    <message>
        <source>best heavy ball</source>
        <translation>최적 헤비볼</translation>
    </message>
</context>
</TS>
