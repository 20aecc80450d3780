"""torch.special: special functions (runtime/jittor_compat/ops/special.py builds the ones Jittor lacks
from its element-wise ops, evaluated in float64; integer inputs give float32 as in PyTorch)."""
from ..schema import function

_UNARY = "input, *, out=None"
_BINARY = "input, other, *, out=None"
_NO_KERNEL = "no Jittor kernel or helper for this special function yet"

ENTRIES = {
    # the same function as a torch.* entry: the same helper
    **{f"torch.special.{name}": function(_UNARY, "t2j", helper) for name, helper in (
        ("erf", "erf"), ("erfinv", "erfinv"), ("expm1", "expm1"), ("log1p", "log1p"),
        ("erfc", "erfc"), ("erfcx", "erfcx"), ("ndtr", "ndtr"), ("ndtri", "ndtri"), ("log_ndtr", "log_ndtr"),
        ("expit", "expit"), ("exp2", "exp2"), ("sinc", "sinc"), ("entr", "entr"),
        ("gammaln", "lgamma"), ("digamma", "digamma"), ("psi", "digamma"),
        ("i0", "i0"), ("i0e", "i0e"), ("i1", "i1"), ("i1e", "i1e"),
        ("spherical_bessel_j0", "spherical_bessel_j0"), ("modified_bessel_i0", "i0"), ("modified_bessel_i1", "i1"),
        *((name, name) for name in (
            "bessel_j0 bessel_j1 bessel_y0 bessel_y1 modified_bessel_k0 modified_bessel_k1 scaled_modified_bessel_k0 "
            "scaled_modified_bessel_k1").split()),
    )},
    "torch.special.xlogy": function("input, other, *, out=None", "t2j", "xlogy"),
    "torch.special.xlog1py": function(_BINARY, "t2j", "xlog1py"),
    "torch.special.zeta": function(_BINARY, "t2j", "zeta"),
    "torch.special.gammainc": function(_BINARY, "t2j", "gammainc"),
    "torch.special.gammaincc": function(_BINARY, "t2j", "gammaincc"),
    "torch.special.polygamma": function("n, input, *, out=None", "t2j", "polygamma"),
    "torch.special.multigammaln": function("input, p, *, out=None", "t2j", "mvlgamma"),
    "torch.special.logit": function("input, eps=None, *, out=None", "t2j", "logit"),
    "torch.special.round": function("input, *, decimals=0, out=None", "t2j", "round_"),
    "torch.special.logsumexp": function("input, dim, keepdim=False, *, out=None", "t2j", "logsumexp"),
    "torch.special.softmax": function("input, dim, *, dtype=None", "t2j", "softmax", "input, dim=None, dtype=None"),
    "torch.special.log_softmax": function("input, dim, *, dtype=None", "t2j", "log_softmax",
                                          "input, dim=None, dtype=None"),
    # orthogonal polynomials of degree n (an int or a tensor of degrees): their three-term recurrences
    **{f"torch.special.{name}": function("input, n, *, out=None", "t2j", name) for name in (
        "chebyshev_polynomial_t chebyshev_polynomial_u chebyshev_polynomial_v chebyshev_polynomial_w "
        "shifted_chebyshev_polynomial_t shifted_chebyshev_polynomial_u shifted_chebyshev_polynomial_v "
        "shifted_chebyshev_polynomial_w hermite_polynomial_h hermite_polynomial_he laguerre_polynomial_l "
        "legendre_polynomial_p"
    ).split()},
}

UNSUPPORTED = {
    "torch.special.airy_ai": _NO_KERNEL,
}

# torch.igamma/igammac: the regularized incomplete gamma functions under their older names
ALIASES = {"torch.igamma": "torch.special.gammainc", "torch.igammac": "torch.special.gammaincc"}
