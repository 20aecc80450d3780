"""torch.special's functions (and their torch.* twins) built from Jittor's element-wise ops.

Jittor has erf and erfinv but no erfc, gamma-family or Bessel functions usable here (its own
lgamma/digamma have no gradient and a float32-only CUDA kernel). Each function below evaluates in
float64 (a series, continued fraction or Chebyshev expansion in Jittor ops, so gradients flow) and
returns the input's float dtype, as PyTorch does: integer and bool inputs give float32.

Jittor turns a Python float operand into a float32 constant, even next to a float64 Var
(`x64 + 0.1` adds 0.10000000149): every constant that float32 cannot hold exactly goes through `_k`.
"""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from .._common import float_of
from .pointwise import _binary, log1p

_SQRT2 = math.sqrt(2.0)
_LOG_PI = math.log(math.pi)
_INV_SQRT_PI = 1.0 / math.sqrt(math.pi)


def _k(value):
    """A float64 constant (a Python float operand would be rounded to float32)."""
    return jt.array(float(value), dtype="float64")


def _full(x, value):
    return jt.zeros_like(x) + _k(value)


def _f64(x):
    """x as float64, and the float dtype PyTorch gives the result."""
    x = float_of(x)
    return x.astype("float64"), str(x.dtype)


def _in_float64(kernel):
    """The public function of a float64 kernel: PyTorch's `input` computed in float64 (these series
    lose digits in float32) and returned in the input's floating dtype."""
    def public(input):
        x, dtype = _f64(input)
        return _nan_where_nan(kernel(x), x).astype(dtype)

    public.__name__ = public.__qualname__ = kernel.__name__
    public.__doc__ = kernel.__doc__
    return public


def _where(cond, a, b):
    return jt.ternary(cond, a, b)


def _nan_where_nan(value, *inputs):
    """NaN wherever an input is NaN, as PyTorch's kernels give: Jittor compiles with -Ofast, under
    which the kernels' comparisons with NaN are not IEEE (entr, sinc, lgamma, zeta of NaN gave numbers)."""
    for x in inputs:
        value = _where(jt.isnan(x), jt.full_like(value, float("nan")), value)
    return value


def _floats(*values):
    """Var or Python-number operands as float64 Vars of one shape, and PyTorch's result dtype."""
    if len(values) == 2:
        a, b = _binary(*values)
        dtype = str(float_of(a).dtype)
        return a.astype("float64"), b.astype("float64"), dtype
    x, dtype = _f64(values[0])
    return x, dtype


# --- error function family ----------------------------------------------------------------------------
def _erfcx_large(x):
    """exp(x^2) erfc(x) for x >= 3 by its continued fraction (Laplace), evaluated from the tail."""
    f = x
    for k in range(60, 0, -1):
        f = x + (k / 2.0) / f
    return _k(_INV_SQRT_PI) / f


def _erfc64(x):
    big = jt.maximum(jt.abs(x), 3.0)
    tail = jt.exp(-big * big) * _erfcx_large(big)  # erfc(|x|) for |x| >= 3, without cancellation
    small = 1.0 - jt.erf(x)
    return _where(x >= 3.0, tail, _where(x <= -3.0, 2.0 - tail, small))


def _erfcx64(x):
    big = jt.maximum(jt.abs(x), 3.0)
    small_x = jt.minimum(jt.maximum(x, -27.0), 3.0)
    small = jt.exp(small_x * small_x) * (1.0 - jt.erf(small_x))
    neg_big = 2.0 * jt.exp(big * big) - _erfcx_large(big)
    return _where(x >= 3.0, _erfcx_large(big), _where(x <= -3.0, neg_big, small))


@_in_float64
def erfc(x):
    return _erfc64(x)


@_in_float64
def erfcx(x):
    return _erfcx64(x)


@_in_float64
def ndtr(x):
    return 0.5 * _erfc64(-x / _k(_SQRT2))


def ndtri(input):
    p, dtype = _f64(input)
    return (_k(_SQRT2) * jt.erfinv(2.0 * p - 1.0)).astype(dtype)


@_in_float64
def log_ndtr(x):
    t = -x / _k(_SQRT2)
    big = jt.maximum(t, 3.0)
    # far in the lower tail ndtr underflows: log(erfc(t)/2) = log(erfcx(t)/2) - t^2
    tail = jt.log(0.5 * _erfcx_large(big)) - big * big
    return _where(t >= 3.0, tail, jt.log(0.5 * _erfc64(t)))


@_in_float64
def expit(x):
    return 1.0 / (1.0 + jt.exp(-x))


@_in_float64
def exp2(x):
    return jt.exp(x * _k(math.log(2.0)))


@_in_float64
def sinc(x):
    px = _k(math.pi) * x
    safe = _where(x == 0, jt.ones_like(px), px)
    return _where(x == 0, jt.ones_like(px), jt.sin(safe) / safe)


@_in_float64
def entr(x):
    safe = _where(x > 0, x, jt.ones_like(x))
    inner = _where(x > 0, -x * jt.log(safe), jt.zeros_like(x))
    return _where(x < 0, jt.full_like(x, float("-inf")), inner)


def xlog1py(input, other):
    x, y, dtype = _floats(input, other)
    # 0 where input is 0, unless other is nan
    zero = _where(jt.isnan(y), y, jt.zeros_like(y))
    return _nan_where_nan(_where(x == 0, zero, x * log1p(y)), x, y).astype(dtype)


def logaddexp(input, other):
    x, y, dtype = _floats(input, other)
    m = jt.maximum(x, y)
    m = _where(jt.isinf(m), jt.zeros_like(m), m)
    return (m + jt.log(jt.exp(x - m) + jt.exp(y - m))).astype(dtype)


def logaddexp2(input, other):
    ln2 = _k(math.log(2.0))
    x, y, dtype = _floats(input, other)
    m = jt.maximum(x, y)
    m = _where(jt.isinf(m), jt.zeros_like(m), m)
    return (m + jt.log(jt.exp((x - m) * ln2) + jt.exp((y - m) * ln2)) / ln2).astype(dtype)


# --- gamma family -----------------------------------------------------------------------------------------
# Lanczos approximation, g = 7, n = 9 (relative error below 1e-15 for x >= 0.5).
_LANCZOS_G = 7.0
_LANCZOS = (0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7)


def _lgamma_right(x):
    """log|Gamma(x)| for x >= 0.5."""
    z = x - 1.0
    s = _full(z, _LANCZOS[0])
    for k, c in enumerate(_LANCZOS[1:], start=1):
        s = s + _k(c) / (z + k)
    t = z + _LANCZOS_G + 0.5
    return _k(0.5 * math.log(2 * math.pi)) + (z + 0.5) * jt.log(t) - t + jt.log(s)


def _lgamma64(x):
    right = _lgamma_right(jt.maximum(x, 0.5))
    left_x = jt.minimum(x, 0.5)
    sin_pi = jt.abs(jt.sin(_k(math.pi) * left_x))
    pole = left_x == jt.floor(left_x)
    # reflection: log|Gamma(x)| = log(pi / |sin(pi x)|) - log|Gamma(1 - x)|; poles at 0, -1, ... give inf
    left = _where(pole, jt.full_like(x, float("inf")),
                  _k(_LOG_PI) - jt.log(_where(pole, jt.ones_like(sin_pi), sin_pi)) - _lgamma_right(1.0 - left_x))
    return _where(x >= 0.5, right, left)


@_in_float64
def lgamma(x):
    return _lgamma64(x)


def _digamma_right(x):
    """psi(x) for x >= 0.5: shifted up by 6, then the asymptotic series."""
    acc = jt.zeros_like(x)
    for k in range(6):
        acc = acc + 1.0 / (x + k)
    y = x + 6.0
    r = 1.0 / (y * y)
    series = r * (_k(1 / 12) - r * (_k(1 / 120) - r * (_k(1 / 252) - r * (_k(1 / 240) - r * (
        _k(1 / 132) - r * _k(691 / 32760))))))
    return jt.log(y) - 0.5 / y - series - acc


def _digamma64(x):
    right = _digamma_right(jt.maximum(x, 0.5))
    left_x = jt.minimum(x, 0.5)
    tan_pi = jt.tan(_k(math.pi) * left_x)
    pole = left_x == jt.floor(left_x)
    left = _digamma_right(1.0 - left_x) - _k(math.pi) / _where(pole, jt.ones_like(tan_pi), tan_pi)
    # PyTorch: -inf at 0, nan at the negative integers
    at_pole = _where(x == 0, jt.full_like(x, float("-inf")), jt.full_like(x, float("nan")))
    return _where(x >= 0.5, right, _where(pole, at_pole, left))


@_in_float64
def digamma(x):
    return _digamma64(x)


# Bernoulli numbers B2k / (2k)! for the Euler-Maclaurin tail of the Hurwitz zeta function
_EM = (1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000, 1 / 74724249600,
       -3617 / 10670622842880000)


def _zeta64(s, q):
    """Hurwitz zeta(s, q) = sum over k >= 0 of (q + k)^-s, s > 1, q > 0 (Euler-Maclaurin, N = 12)."""
    n = 12
    total = jt.zeros_like(q + s)
    for k in range(n):
        total = total + jt.pow(q + k, -s)
    a = q + n
    total = total + jt.pow(a, 1.0 - s) / (s - 1.0) + 0.5 * jt.pow(a, -s)
    fact = s  # s (s+1) ... (s+2j-2)
    power = jt.pow(a, -s - 1.0)
    for j, c in enumerate(_EM):
        total = total + _k(c) * fact * power
        fact = fact * (s + 2 * j + 1) * (s + 2 * j + 2)
        power = power / (a * a)
    return total


def zeta(input, other):
    s, q, dtype = _floats(input, other)
    value = _zeta64(jt.maximum(s, _k(1.0 + 1e-12)), jt.maximum(q, _k(1e-300)))
    value = _where(s == 1.0, jt.full_like(value, float("inf")), value)
    value = _where((s < 1.0).logical_or(q <= 0), jt.full_like(value, float("nan")), value)
    return _nan_where_nan(value, s, q).astype(dtype)


def polygamma(n, input):
    x, dtype = _f64(input)
    if n == 0:
        return _nan_where_nan(_digamma64(x), x).astype(dtype)
    sign = 1.0 if n % 2 else -1.0
    value = _k(sign * math.factorial(n)) * _zeta64(_full(x, n + 1.0), jt.maximum(x, _k(1e-300)))
    return _nan_where_nan(value, x).astype(dtype)


def tensor_polygamma(input, n):
    """`x.polygamma(n)`: the receiver is torch.polygamma's second argument."""
    return polygamma(n, input)


def mvlgamma(input, p):
    x, dtype = _f64(input)
    total = _full(x, p * (p - 1) / 4.0 * _LOG_PI)
    for i in range(p):
        total = total + _lgamma64(x - i / 2.0)
    return _nan_where_nan(total, x).astype(dtype)


def _gammainc_series(a, x):
    """P(a, x) for x < a + 1: x^a e^-x / Gamma(a + 1) * sum of x^n / ((a + 1) ... (a + n))."""
    term = jt.ones_like(x)
    total = jt.ones_like(x)
    for k in range(1, 200):
        term = term * x / (a + k)
        total = total + term
    return total * jt.exp(a * jt.log(x) - x - _lgamma64(a + 1.0))


def _gammaincc_fraction(a, x):
    """Q(a, x) for x >= a + 1 by its continued fraction, evaluated from the tail."""
    f = jt.zeros_like(x)
    for k in range(120, 0, -1):
        f = k * (k - a) / (x + 2 * k + 1.0 - a - f)
    return jt.exp(a * jt.log(x) - x - _lgamma64(a)) / (x + 1.0 - a - f)


def _gammainc_pair(input, other):
    a, x, dtype = _floats(input, other)
    safe_a = jt.maximum(a, _k(1e-300))
    use_series = x < a + 1.0
    xs = jt.maximum(jt.minimum(x, a + 1.0), _k(1e-300))
    xf = jt.maximum(x, a + 1.0)
    lower = _gammainc_series(safe_a, xs)
    upper = _gammaincc_fraction(safe_a, xf)
    p = _where(use_series, lower, 1.0 - upper)
    q = _where(use_series, 1.0 - lower, upper)
    p = _where(x == 0, jt.zeros_like(p), p)
    q = _where(x == 0, jt.ones_like(q), q)
    bad = (a < 0).logical_or(x < 0).logical_or(jt.isnan(a)).logical_or(jt.isnan(x))
    return _where(bad, jt.full_like(p, float("nan")), p), _where(bad, jt.full_like(q, float("nan")), q), dtype


def gammainc(input, other):
    p, _, dtype = _gammainc_pair(input, other)
    return p.astype(dtype)


def gammaincc(input, other):
    _, q, dtype = _gammainc_pair(input, other)
    return q.astype(dtype)


# --- modified Bessel functions of the first kind (Cephes' Chebyshev expansions) ---------------------------
_I0E_A = (-4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16,
          1.71539128555513303061E-15, -1.16853328779934516808E-14, 7.67618549860493561688E-14,
          -4.85644678311192946090E-13, 2.95505266312963983461E-12, -1.72682629144155570723E-11,
          9.67580903537323691224E-11, -5.18979560163526290666E-10, 2.65982372468238665035E-9,
          -1.30002500998624804212E-8, 6.04699502254191894932E-8, -2.67079385394061173391E-7,
          1.11738753912010371815E-6, -4.41673835845875056359E-6, 1.64484480707288970893E-5,
          -5.75419501008210370398E-5, 1.88502885095841655729E-4, -5.76375574538582365885E-4,
          1.63947561694133579842E-3, -4.32430999505057594430E-3, 1.05464603945949983183E-2,
          -2.37374148058994688156E-2, 4.93052842396707084878E-2, -9.49010970480476444210E-2,
          1.71620901522208775349E-1, -3.04682672343198398683E-1, 6.76795274409476084995E-1)
_I0E_B = (-7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17,
          3.46122286769746109310E-17, -2.82762398051658348494E-16, -3.42548561967721913462E-16,
          1.77256013305652638360E-15, 3.81168066935262242075E-15, -9.55484669882830764870E-15,
          -4.15056934728722208663E-14, 1.54008621752140982691E-14, 3.85277838274214270114E-13,
          7.18012445138366623367E-13, -1.79417853150680611778E-12, -1.32158118404477131188E-11,
          -3.14991652796324136454E-11, 1.18891471078464383424E-11, 4.94060238822496958910E-10,
          3.39623202570838634515E-9, 2.26666899049817806459E-8, 2.04891858946906374183E-7,
          2.89137052083475648297E-6, 6.88975834691682398426E-5, 3.36911647825569408990E-3,
          8.04490411014108831608E-1)
_I1E_A = (2.77791411276104639959E-18, -2.11142121435816608115E-17, 1.55363195773620046921E-16,
          -1.10559694773538630805E-15, 7.60068429473540693410E-15, -5.04218550472791168711E-14,
          3.22379336594557470981E-13, -1.98397439776494371520E-12, 1.17361862988909016308E-11,
          -6.66348972350202774223E-11, 3.62559028155211703701E-10, -1.88724975172282928790E-9,
          9.38153738649577178388E-9, -4.44505912879632808065E-8, 2.00329475355213526229E-7,
          -8.56872026469545474066E-7, 3.47025130813767847674E-6, -1.32731636560394358279E-5,
          4.78156510755005422638E-5, -1.61760815825896745588E-4, 5.12285956168575772895E-4,
          -1.51357245063125314899E-3, 4.15642294431288815669E-3, -1.05640848946261981558E-2,
          2.47264490306265168283E-2, -5.29459812080949914269E-2, 1.02643658689847095384E-1,
          -1.76416518357834055153E-1, 2.52587186443633654823E-1)
_I1E_B = (7.51729631084210481353E-18, 4.41434832307170791151E-18, -4.65030536848935832153E-17,
          -3.20952592199342395980E-17, 2.96262899764595013876E-16, 3.30820231092092828324E-16,
          -1.88035477551078244854E-15, -3.81440307243700780478E-15, 1.04202769841288027642E-14,
          4.27244001671195135429E-14, -2.10154184277266431302E-14, -4.08355111109219731823E-13,
          -7.19855177624590851209E-13, 2.03562854414708950722E-12, 1.41258074366137813316E-11,
          3.25260358301548823856E-11, -1.89749581235054123450E-11, -5.58974346219658380687E-10,
          -3.83538038596423702205E-9, -2.63146884688951950684E-8, -2.51223623787020892529E-7,
          -3.88256480887769039346E-6, -1.10588938762623716291E-4, -9.76109749136146840777E-3,
          7.78576235018280120474E-1)


def _chbevl(x, coefficients):
    b0 = _full(x, coefficients[0])
    b1 = jt.zeros_like(x)
    b2 = jt.zeros_like(x)
    for c in coefficients[1:]:
        b2, b1 = b1, b0
        b0 = x * b1 - b2 + _k(c)
    return 0.5 * (b0 - b2)


def _bessel_e(ax, a, b):
    """exp(-x) I(x) for x = ax >= 0 from the two Chebyshev expansions (x <= 8 and x > 8)."""
    near = _chbevl(jt.minimum(ax, 8.0) / 2.0 - 2.0, a)
    far_x = jt.maximum(ax, 8.0)
    far = _chbevl(32.0 / far_x - 2.0, b) / jt.sqrt(far_x)
    return _where(ax <= 8.0, near, far)


@_in_float64
def i0e(x):
    return _bessel_e(jt.abs(x), _I0E_A, _I0E_B)


@_in_float64
def i0(x):
    ax = jt.abs(x)
    return jt.exp(ax) * _bessel_e(ax, _I0E_A, _I0E_B)


def _i1e64(x):
    ax = jt.abs(x)
    near = _chbevl(jt.minimum(ax, 8.0) / 2.0 - 2.0, _I1E_A) * ax
    far_x = jt.maximum(ax, 8.0)
    far = _chbevl(32.0 / far_x - 2.0, _I1E_B) / jt.sqrt(far_x)
    value = _where(ax <= 8.0, near, far)
    return _where(x < 0, -value, value)


@_in_float64
def i1e(x):
    return _i1e64(x)


@_in_float64
def i1(x):
    return jt.exp(jt.abs(x)) * _i1e64(x)


@_in_float64
def spherical_bessel_j0(x):
    safe = _where(x == 0, jt.ones_like(x), x)
    return _where(x == 0, jt.ones_like(x), jt.sin(safe) / safe)


# --- Bessel functions J0, J1, Y0, Y1 and K0, K1: Cephes' rational and Chebyshev approximations, as PyTorch ----
_J0_PP = (0.0007969367292973471, 0.08283523921074408, 1.239533716464143, 5.447250030587687, 8.74716500199817,
    5.303240382353949, 1.0)
_J0_PQ = (0.0009244088105588637, 0.08562884743544745, 1.2535274390105895, 5.470977403304171,
    8.761908832370695, 5.306052882353947, 1.0)
_J0_QP = (-0.011366383889846916, -1.2825271867050931, -19.553954425773597, -93.20601521237683,
    -177.68116798048806, -147.07750515495118, -51.41053267665993, -6.050143506007285)
_J0_QQ = (64.3178256118178, 856.4300259769806, 3882.4018360540163, 7240.467741956525, 5930.727011873169,
    2062.0933166032783, 242.0057402402914)
_J0_RP = (-4794432209.782018, 1956174919465.5657, -249248344360967.72, 9708622510473064.0)
_J0_RQ = (499.563147152651, 173785.4016763747, 48440965.83399621, 11185553704.535683, 2112775201154.892,
    310518229857422.56, 3.1812195594320496e+16, 1.7108629408104315e+18)
_J1_PP = (0.0007621256162081731, 0.07313970569409176, 1.1271960812968493, 5.112079511468076,
    8.424045901417724, 5.214515986823615, 1.0)
_J1_PQ = (0.0005713231280725487, 0.06884559087544954, 1.105142326340617, 5.073863861286015,
    8.399855543276042, 5.209828486823619, 1.0)
_J1_QP = (0.05108625947501766, 4.982138729512334, 75.82382841325453, 366.7796093601508, 710.8563049989261,
    597.4896124006136, 211.68875710057213, 25.207020585802372)
_J1_QQ = (74.23732770356752, 1056.4488603826283, 4986.410583376536, 9562.318924047562, 7997.041604473507,
    2826.1927851763908, 336.0936078106983)
_J1_RP = (-899971225.7055594, 452228297998.19403, -72749424522181.83, 3682957328638529.0)
_J1_RQ = (620.8364781180543, 256987.25675774884, 83514679.14319493, 22151159547.97925, 4749141220799.914,
    784369607876235.9, 8.952223361846274e+16, 5.322786203326801e+18)
_Y0_YP = (15592.436785523574, -14663929.59039716, 5435264770.518765, -982136065717.9115, 87590639439536.7,
    -3466283033847297.0, 4.4273326857256984e+16, -1.8495080043698668e+16)
_Y0_YQ = (1041.2835366425984, 626107.330137135, 268919633.39381415, 86400248710.3935, 20297961275010.555,
    3171577528429750.5, 2.5059625617265306e+17)
_Y1_YP = (1263204747.9017804, -647355876379.1603, 114509511541823.73, -8127702555013251.0,
    2.024394757135949e+17, -7.788771962659501e+17)
_Y1_YQ = (594.3015923461282, 235564.09294306856, 73481194.44597217, 18760131610.870617, 3882312774962.3857,
    620557727146953.8, 6.871410873553005e+16, 3.9727060811656064e+18)
_K0_A = (1.374465435613523e-16, 4.25981614279661e-14, 1.0349695257633842e-11, 1.904516377220209e-09,
    2.5347910790261494e-07, 2.286212103119452e-05, 0.001264615411446926, 0.0359799365153615,
    0.3442898999246285, -0.5353273932339028)
_K0_B = (5.300433772686263e-18, -1.6475804301524212e-17, 5.2103915050390274e-17, -1.678231096805412e-16,
    5.512055978524319e-16, -1.848593377343779e-15, 6.3400764774050706e-15, -2.2275133269916698e-14,
    8.032890775363575e-14, -2.9800969231727303e-13, 1.140340588208475e-12, -4.514597883373944e-12,
    1.8559491149547177e-11, -7.957489244477107e-11, 3.577397281400301e-10, -1.69753450938906e-09,
    8.574034017414225e-09, -4.660489897687948e-08, 2.766813639445015e-07, -1.8317555227191195e-06,
    1.39498137188765e-05, -0.00012849549581627802, 0.0015698838857300533, -0.0314481013119645,
    2.4403030820659555)
_K1_A = (-7.023863479386288e-18, -2.427449850519366e-15, -6.666901694199329e-13, -1.4114883926335278e-10,
    -2.213387630734726e-08, -2.4334061415659684e-06, -0.0001730288957513052, -0.006975723859639864,
    -0.12261118082265715, -0.3531559607765449, 1.5253002273389478)
_K1_B = (-5.756744483665017e-18, 1.7940508731475592e-17, -5.689462558442859e-17, 1.838093544366639e-16,
    -6.057047248373319e-16, 2.038703165624334e-15, -7.019837090418314e-15, 2.4771544244813043e-14,
    -8.976705182324994e-14, 3.3484196660784293e-13, -1.2891739609510289e-12, 5.13963967348173e-12,
    -2.1299678384275683e-11, 9.218315187605006e-11, -4.1903547593418965e-10, 2.015049755197033e-09,
    -1.0345762465678097e-08, 5.7410841254500495e-08, -3.5019606030878126e-07, 2.406484947837217e-06,
    -1.936197974166083e-05, 0.00019521551847135162, -0.002857816859622779, 0.10392373657681724,
    2.7206261904844427)
_PI_4 = 0.785398163397448309615660845819875721
_3PI_4 = 2.356194490192344928846982537459627163
_SQRT_2_PI = 0.797884560802865355879892119868763737
_2_PI = 0.636619772367581343075535053490057448


def _polevl(z, coefficients):
    out = jt.zeros_like(z)
    for c in coefficients:
        out = out * z + _k(c)
    return out


def _bessel_far(ax, pp, pq, qp, qq, phase, sine):
    """The large-argument form (ax >= 5): amplitude and phase series in (5 / ax)^2."""
    w = 25.0 / (ax * ax)
    p = _polevl(w, pp) / _polevl(w, pq)
    q = 5.0 / ax * (_polevl(w, qp) / _polevl(w, qq))
    shifted = ax - _k(phase)
    wave = p * jt.sin(shifted) + q * jt.cos(shifted) if sine else p * jt.cos(shifted) - q * jt.sin(shifted)
    return wave * _k(_SQRT_2_PI) / jt.sqrt(ax)


def _j0_64(x):
    ax = jt.abs(x)
    near_x = jt.minimum(ax, 5.0)
    z = near_x * near_x
    near = (z - _k(5.78318596294678452118)) * (z - _k(30.4712623436620863991)) * _polevl(z, _J0_RP) / _polevl(z, _J0_RQ)
    far = _bessel_far(jt.maximum(ax, 5.0), _J0_PP, _J0_PQ, _J0_QP, _J0_QQ, _PI_4, False)
    return _where(ax <= 5.0, near, far)


def _j1_64(x):
    ax = jt.abs(x)
    near_x = jt.minimum(ax, 5.0)
    z = near_x * near_x
    near = (_polevl(z, _J1_RP) / _polevl(z, _J1_RQ) * near_x * (z - _k(14.6819706421238932572))
            * (z - _k(49.2184563216946036703)))
    far = _bessel_far(jt.maximum(ax, 5.0), _J1_PP, _J1_PQ, _J1_QP, _J1_QQ, _3PI_4, False)
    value = _where(ax <= 5.0, near, far)
    return _where(x < 0, -value, value)


def _at_zero_and_negative(x, value, at_zero):
    value = _where(x == 0, jt.full_like(value, at_zero), value)
    return _where(x < 0, jt.full_like(value, float("nan")), value)


@_in_float64
def bessel_j0(x):
    return _j0_64(x)


@_in_float64
def bessel_j1(x):
    return _j1_64(x)


@_in_float64
def bessel_y0(x):
    near_x = jt.maximum(jt.minimum(x, 5.0), _k(1e-300))
    z = near_x * near_x
    near = _polevl(z, _Y0_YP) / _polevl(z, _Y0_YQ) + _k(_2_PI) * jt.log(near_x) * _j0_64(near_x)
    far = _bessel_far(jt.maximum(x, 5.0), _J0_PP, _J0_PQ, _J0_QP, _J0_QQ, _PI_4, True)
    return _at_zero_and_negative(x, _where(x <= 5.0, near, far), float("-inf"))


@_in_float64
def bessel_y1(x):
    near_x = jt.maximum(jt.minimum(x, 5.0), _k(1e-300))
    z = near_x * near_x
    near = (near_x * (_polevl(z, _Y1_YP) / _polevl(z, _Y1_YQ))
            + _k(_2_PI) * (_j1_64(near_x) * jt.log(near_x) - 1.0 / near_x))
    far = _bessel_far(jt.maximum(x, 5.0), _J1_PP, _J1_PQ, _J1_QP, _J1_QQ, _3PI_4, True)
    return _at_zero_and_negative(x, _where(x <= 5.0, near, far), float("-inf"))


def _k_scaled64(x, order):
    """exp(x) K_order(x) for x > 0 (order 0 or 1)."""
    near_x = jt.maximum(jt.minimum(x, 2.0), _k(1e-300))
    a, b = (_K0_A, _K0_B) if order == 0 else (_K1_A, _K1_B)
    series = _chbevl(near_x * near_x - 2.0, a)
    if order == 0:
        near = series - jt.log(0.5 * near_x) * jt.exp(near_x) * _bessel_e(near_x, _I0E_A, _I0E_B)
    else:
        near = jt.log(0.5 * near_x) * jt.exp(near_x) * _i1e64(near_x) + series / near_x
    far_x = jt.maximum(x, 2.0)
    far = _chbevl(8.0 / far_x - 2.0, b) / jt.sqrt(far_x)
    return _where(x <= 2.0, near * jt.exp(near_x), far)


@_in_float64
def modified_bessel_k0(x):
    value = _k_scaled64(x, 0) * jt.exp(-x)
    return _at_zero_and_negative(x, value, float("inf"))


@_in_float64
def modified_bessel_k1(x):
    value = _k_scaled64(x, 1) * jt.exp(-x)
    return _at_zero_and_negative(x, value, float("inf"))


@_in_float64
def scaled_modified_bessel_k0(x):
    return _at_zero_and_negative(x, _k_scaled64(x, 0), float("inf"))


@_in_float64
def scaled_modified_bessel_k1(x):
    return _at_zero_and_negative(x, _k_scaled64(x, 1), float("inf"))


# --- orthogonal polynomials: three-term recurrences in float64 up to the largest degree asked for ----------
def _degree_and_x(input, n, shifted):
    """x as float64 (2x - 1 for the shifted polynomials), the degrees (an int, or an int64 Var of x's
    broadcast shape), the largest degree and PyTorch's result dtype."""
    if isinstance(n, jt.Var):
        x, _ = _binary(input, n)
        dtype = str(float_of(x).dtype)
        shape = list(np.broadcast_shapes(tuple(x.shape), tuple(n.shape)))
        x = x.astype("float64").broadcast(shape)
        degrees = n.astype("int64").broadcast(shape)
        top = int(degrees.max().item()) if degrees.numel() else 0
    else:
        x, dtype = _f64(input)
        degrees = top = int(n)
    return (2.0 * x - 1.0 if shifted else x), degrees, max(top, 0), dtype


def _pick(values, degrees, x):
    """values[k] where the degree is k; 0 for negative degrees (as PyTorch)."""
    if isinstance(degrees, int):
        return values[degrees] if degrees >= 0 else jt.zeros_like(x)
    out = jt.zeros_like(x)
    for k, v in enumerate(values):
        out = _where(degrees == k, v, out)
    return out


def _polynomial(first, step, shifted=False):
    """p_0 = 1, p_1 = first(x), p_{k+1} = step(k, x, p_k, p_{k-1}), as a function of (input, n)."""
    def fn(input, n):
        x, degrees, top, dtype = _degree_and_x(input, n, shifted)
        values = [jt.ones_like(x)]
        if top >= 1:
            values.append(first(x))
        for k in range(1, top):
            values.append(step(k, x, values[k], values[k - 1]))
        return _pick(values, degrees, x).astype(dtype)

    return fn


def _chebyshev_step(k, x, p, q):
    return 2.0 * x * p - q


def _chebyshev(first, shifted=False):
    return _polynomial(first, _chebyshev_step, shifted)


chebyshev_polynomial_t = _chebyshev(lambda x: x)
chebyshev_polynomial_u = _chebyshev(lambda x: 2.0 * x)
chebyshev_polynomial_v = _chebyshev(lambda x: 2.0 * x - 1.0)
chebyshev_polynomial_w = _chebyshev(lambda x: 2.0 * x + 1.0)
shifted_chebyshev_polynomial_t = _chebyshev(lambda x: x, shifted=True)
shifted_chebyshev_polynomial_u = _chebyshev(lambda x: 2.0 * x, shifted=True)
shifted_chebyshev_polynomial_v = _chebyshev(lambda x: 2.0 * x - 1.0, shifted=True)
shifted_chebyshev_polynomial_w = _chebyshev(lambda x: 2.0 * x + 1.0, shifted=True)
hermite_polynomial_h = _polynomial(lambda x: 2.0 * x, lambda k, x, p, q: 2.0 * x * p - 2.0 * k * q)
hermite_polynomial_he = _polynomial(lambda x: x, lambda k, x, p, q: x * p - k * q)
laguerre_polynomial_l = _polynomial(lambda x: 1.0 - x,
                                    lambda k, x, p, q: ((2.0 * k + 1.0 - x) * p - k * q) / (k + 1.0))
legendre_polynomial_p = _polynomial(lambda x: x, lambda k, x, p, q: ((2.0 * k + 1.0) * x * p - k * q) / (k + 1.0))
