"""torch.special and its torch.* / Tensor twins (mappings/torch/special.py, runtime ops/special.py), run in both
frameworks on the same inputs: value, shape and dtype agree (integer inputs give float32, a 0-dim input a 0-dim
result, bridged as parity.py says), in every call shape of PaConvert's rule."""
import pytest
from parity import entry_tests

pytestmark = pytest.mark.frameworks


def case(covers, code, *inputs, atol=1e-5, rtol=1e-5, id=None):
    keys = covers.split()
    return pytest.param(keys, code, list(inputs), atol, rtol, id=id or keys[0].replace("torch.", ""))


# the polynomials' inputs: inside their orthogonality interval
POLYNOMIALS = {
    **{f"chebyshev_polynomial_{k}": "u4,5:-1,1" for k in "tuvw"},
    **{f"shifted_chebyshev_polynomial_{k}": "u4,5" for k in "tuvw"},
    "hermite_polynomial_h": "f4,5",
    "hermite_polynomial_he": "f4,5",
    "laguerre_polynomial_l": "p4,5",
    "legendre_polynomial_p": "u4,5:-1,1",
}

CASES = [
    case("torch.special.erf", "def f(x): return torch.special.erf(x)", "f3,4"),
    # NaN in, NaN out (Jittor's -Ofast kernels gave numbers: entr(nan) 0, sinc(nan) 1, gammaln(nan) inf)
    case("torch.special.entr torch.special.sinc torch.special.gammaln torch.special.i1e torch.special.bessel_j0 "
         "torch.special.logit torch.special.polygamma torch.special.multigammaln",
         "def f(x):\n    x = torch.where(x > 1, torch.tensor(float('nan')), x.abs())\n"
         "    return (torch.special.entr(x), torch.special.sinc(x), torch.special.gammaln(x), "
         "torch.special.i1e(x), torch.special.bessel_j0(x), torch.special.logit(x, eps=0.1), "
         "torch.special.polygamma(1, x), torch.special.multigammaln(x + 2, 2))", "f3,4", id="special-nan-propagates"),
    case("torch.special.xlogy torch.special.xlog1py torch.special.zeta torch.special.gammainc",
         "def f(x, y):\n    y = torch.where(y > 1, torch.tensor(float('nan')), y.abs())\n"
         "    return (torch.special.xlogy(x * 0, y), torch.special.xlog1py(x * 0, y), "
         "torch.special.zeta(y + 2, 1.0), torch.special.gammainc(y + 1, x.abs() + 1))", "f3,4", "f3,4",
         id="special-binary-nan-propagates"),
    case("torch.special.erfinv", "def f(x): return torch.special.erfinv(x * 2 - 1)", "u3,4", rtol=1e-4),
    case("torch.special.expm1", "def f(x): return torch.special.expm1(x)", "f3,4"),
    case("torch.special.log1p", "def f(x): return torch.special.log1p(x)", "p3,4"),
    # the tails: 1 - erf(x) would cancel to 0 or 2
    case("torch.special.erfc", "def f(x): return torch.special.erfc(x)", "w4,5"),
    case("torch.special.erfc", "def f(x): return torch.special.erfc(x * 3)", "f", id="special.erfc-0d"),
    case("torch.special.erfc", "def f(x): return torch.special.erfc(x)", "n3,4", id="special.erfc-int"),
    case("torch.special.erfcx", "def f(x): return torch.special.erfcx(x)", "w4,5"),
    case("torch.special.ndtr", "def f(x): return torch.special.ndtr(x)", "w4,5"),
    case("torch.special.ndtri", "def f(p): return torch.special.ndtri(p)", "u4,5", rtol=1e-4),
    case("torch.special.log_ndtr", "def f(x): return torch.special.log_ndtr(x * 4)", "w4,5"),
    case("torch.special.expit", "def f(x): return torch.special.expit(x)", "w4,5"),
    case("torch.special.exp2", "def f(x): return torch.special.exp2(x)", "w4,5"),
    case("torch.special.exp2", "def f(x): return torch.special.exp2(x)", "n3,4", id="special.exp2-int"),
    case("torch.special.sinc", "def f(x): return torch.special.sinc(x * (x > 0))", "w4,5"),
    case("torch.special.entr", "def f(x): return torch.special.entr(x * (x.abs() > 0.2))", "f4,5"),
    case("torch.special.gammaln", "def f(x): return torch.special.gammaln(x)", "w4,5", rtol=1e-4),
    case("torch.special.gammaln", "def f(x): return torch.special.gammaln(x)", "i3,4", id="special.gammaln-int"),
    case("torch.special.digamma", "def f(x): return torch.special.digamma(x)", "p4,5", rtol=1e-4),
    case("torch.special.psi", "def f(x): return torch.special.psi(x * 3)", "p4,5", rtol=1e-4),
    case("torch.special.polygamma", "def f(x): return torch.special.polygamma(2, x)", "p4,5", rtol=1e-4),
    case("torch.special.multigammaln", "def f(x): return torch.special.multigammaln(x + 2, 3)", "p4,5", rtol=1e-4),
    case("torch.special.zeta", "def f(x, q): return torch.special.zeta(x + 1.5, q)", "p4,5", "p4,5", rtol=1e-4),
    case("torch.special.gammainc", "def f(a, x): return torch.special.gammainc(a * 2, x * 3)", "p4,5", "p4,5",
         rtol=1e-4),
    case("torch.igamma torch.igammac torch.Tensor.igamma torch.Tensor.igammac",
         "def f(a: torch.Tensor, x: torch.Tensor):\n    return torch.igamma(a * 2, x), torch.igammac(a, x * 3), a.igamma(x), (a * 2).igammac(x)",
         "p4,5", "p4,5", atol=1e-5),
    case("torch.special.gammaincc", "def f(a, x): return torch.special.gammaincc(a * 2, x * 3)", "p4,5", "p4,5",
         rtol=1e-4),
    case("torch.special.i0", "def f(x): return torch.special.i0(x)", "w4,5", rtol=1e-4),
    case("torch.special.i0e", "def f(x): return torch.special.i0e(x * 5)", "w4,5"),
    case("torch.special.i1", "def f(x): return torch.special.i1(x)", "w4,5", rtol=1e-4),
    case("torch.special.i1e", "def f(x): return torch.special.i1e(x * 5)", "w4,5"),
    case("torch.special.modified_bessel_i0", "def f(x): return torch.special.modified_bessel_i0(x)", "w4,5", rtol=1e-4),
    case("torch.special.modified_bessel_i1", "def f(x): return torch.special.modified_bessel_i1(x)", "w4,5", rtol=1e-4),
    case("torch.special.spherical_bessel_j0", "def f(x): return torch.special.spherical_bessel_j0(x)", "w4,5"),
    case("torch.special.xlogy", "def f(x, y): return torch.special.xlogy(x * (x > 0.5), y)", "u3,4", "p3,4"),
    case("torch.special.xlog1py", "def f(x, y): return torch.special.xlog1py(x * (x > 0), y)", "f3,4", "p3,4"),
    case("torch.special.logit", "def f(x): return torch.special.logit(x, eps=0.1)", "u3,4"),
    case("torch.special.round", "def f(x): return torch.special.round(x)", "h4,5"),
    case("torch.special.round", "def f(x): return torch.special.round(x, decimals=1)", "w4,5", id="special.round-decimals"),
    case("torch.special.logsumexp", "def f(x): return torch.special.logsumexp(x, 1, keepdim=True)", "w3,4,5"),
    case("torch.special.softmax", "def f(x): return torch.special.softmax(x, 1)", "f3,4,5"),
    case("torch.special.log_softmax", "def f(x): return torch.special.log_softmax(x, dim=-1)", "f3,4,5"),
    # Bessel functions: both sides of the switch between the small- and large-argument forms (5 for J and Y,
    # 2 for K), the pole of Y and K at 0 and their nan for negative inputs
    *[case(f"torch.special.{name}", f"def f(x): return torch.special.{name}(x)", spec, rtol=1e-4, atol=1e-5)
      for name, spec in (("bessel_j0", "w6,5"), ("bessel_j1", "w6,5"), ("bessel_y0", "u6,5:0,12"),
                         ("bessel_y1", "u6,5:0,12"), ("modified_bessel_k0", "u6,5:0,6"),
                         ("modified_bessel_k1", "u6,5:0,6"), ("scaled_modified_bessel_k0", "u6,5:0,30"),
                         ("scaled_modified_bessel_k1", "u6,5:0,30"))],
    case("torch.special.bessel_y0 torch.special.modified_bessel_k1",
         "def f(x): return torch.special.bessel_y0(x), torch.special.modified_bessel_k1(x * (x > 0))",
         "f4,5", id="special.bessel-pole-and-negative"),
    # orthogonal polynomials: one degree, and a tensor of degrees (negative ones give 0)
    *[case(f"torch.special.{name}", f"def f(x): return torch.special.{name}(x, 5)", spec, rtol=1e-4)
      for name, spec in POLYNOMIALS.items()],
    *[case(f"torch.special.{name}", f"def f(x, n): return torch.special.{name}(x, n=n)", spec, "i4,5:-1,9",
           rtol=1e-4, id=f"special.{name}-degrees") for name, spec in POLYNOMIALS.items()],
    # torch.* twins
    case("torch.erfc", "def f(x): return torch.erfc(x)", "w4,5"),
    case("torch.lgamma", "def f(x): return torch.lgamma(x)", "w4,5", rtol=1e-4),
    case("torch.digamma", "def f(x): return torch.digamma(x)", "p4,5", rtol=1e-4),
    case("torch.i0", "def f(x): return torch.i0(x)", "w4,5", rtol=1e-4),
    case("torch.sinc", "def f(x): return torch.sinc(x)", "w4,5"),
    case("torch.exp2", "def f(x): return torch.exp2(x)", "f4,5"),
    case("torch.polygamma", "def f(x): return torch.polygamma(1, x)", "p4,5", rtol=1e-4),
    case("torch.mvlgamma", "def f(x): return torch.mvlgamma(x + 1, p=2)", "p4,5", rtol=1e-4),
    case("torch.logaddexp", "def f(x, y): return torch.logaddexp(x, y)", "w4,5", "w4,5"),
    case("torch.logaddexp2", "def f(x, y): return torch.logaddexp2(x, y)", "w4,5", "w4,5"),
    # Tensor methods
    case("torch.Tensor.erfc", "def f(x: torch.Tensor): return x.erfc()", "w4,5"),
    case("torch.Tensor.lgamma", "def f(x: torch.Tensor): return x.lgamma()", "p4,5", rtol=1e-4),
    case("torch.Tensor.digamma", "def f(x: torch.Tensor): return x.digamma()", "p4,5", rtol=1e-4),
    case("torch.Tensor.i0", "def f(x: torch.Tensor): return x.i0()", "w4,5", rtol=1e-4),
    case("torch.Tensor.sinc", "def f(x: torch.Tensor): return x.sinc()", "w4,5"),
    case("torch.Tensor.polygamma", "def f(x: torch.Tensor): return x.polygamma(1)", "p4,5", rtol=1e-4),
    case("torch.Tensor.mvlgamma", "def f(x: torch.Tensor): return (x + 1).mvlgamma(2)", "p4,5", rtol=1e-4),
    case("torch.Tensor.xlogy", "def f(x: torch.Tensor, y): return x.xlogy(y)", "f4,5", "p4,5"),
    case("torch.Tensor.logaddexp", "def f(x: torch.Tensor, y): return x.logaddexp(y)", "w4,5", "w4,5"),
    case("torch.Tensor.logaddexp2", "def f(x: torch.Tensor, y): return x.logaddexp2(y)", "w4,5", "w4,5"),
]


test_entry, test_entry_call_shape = entry_tests(CASES)


def test_special_functions_without_a_helper_are_reported():
    from torch2jittor import convert_source

    result = convert_source("import torch\ny = torch.special.airy_ai(torch.ones(2))\n")
    assert [d.api for d in result.unsupported] == ["torch.special.airy_ai"]
    assert "no Jittor kernel" in result.unsupported[0].message


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py
