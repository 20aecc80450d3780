"""torch.distributions (mappings/distributions.py, runtime distributions/), run in both frameworks on the
same inputs: log_prob, cdf, icdf, entropy, moments, batch/event shapes, expand and kl_divergence agree in
value, shape and dtype, in every call shape of PaConvert's rule. Draws differ by nature: their shape and
dtype must agree, and their mean and standard deviation with PyTorch's within sampling error."""
import numpy as np
import pytest
from parity import convert_checked, entry_tests, exec_code

pytestmark = pytest.mark.frameworks


def case(covers, code, *inputs, atol=1e-5, rtol=1e-5, id=None):
    keys = covers.split()
    return pytest.param(keys, code, list(inputs), atol, rtol, id=id or keys[0].rsplit(".", 1)[-1])


def body(make, value, methods="log_prob", props="mean stddev variance"):
    """f(a, b, x): the distribution `make`, its methods at x, its properties and shapes."""
    calls = ", ".join(f"d.{m}(x)" if m != "entropy" else "d.entropy()" for m in methods.split())
    attrs = ", ".join(f"d.{p}" for p in props.split())
    return (f"def f(a, b, x):\n    d = {make}\n    x = {value}\n"
            f"    return ({calls}, {attrs}, tuple(d.batch_shape), tuple(d.event_shape))")


D = "torch.distributions."
CASES = [
    case(D + "Normal", body("torch.distributions.Normal(a, b)", "x", "log_prob cdf entropy", "mean mode stddev variance"),
         "f3,4", "p3,4", "w3,4"),
    case(D + "Normal", "def f(a, b, x):\n    d = torch.distributions.Normal(loc=a, scale=b)\n"
         "    return d.icdf(x), d.perplexity()", "f3,4", "p3,4", "u3,4", rtol=1e-4, id="Normal-icdf"),
    case(D + "Normal", "def f(a, b, x):\n    d = torch.distributions.Normal(0.0, 2.0)\n"
         "    return d.log_prob(x), d.entropy(), tuple(d.batch_shape)", "f3", "f3", "f3,4", id="Normal-scalars"),
    case(D + "Normal", "def f(a, b, x):\n    d = torch.distributions.Normal(a, 1.5).expand((2, 4))\n"
         "    return d.log_prob(x), d.batch_shape, d.mean", "f4", "f4", "f2,4", id="Normal-expand"),
    case(D + "LogNormal", body("torch.distributions.LogNormal(a, b)", "x.abs() + 0.1", "log_prob cdf entropy",
                               "mean mode variance"), "f3,4", "p3,4", "f3,4", rtol=1e-4),
    case(D + "HalfNormal", body("torch.distributions.HalfNormal(b)", "x.abs()", "log_prob cdf entropy",
                                "mean variance"), "f3", "p3,4", "f3,4"),
    case(D + "Uniform", body("torch.distributions.Uniform(a, a + b)", "a + b * x", "log_prob cdf icdf entropy",
                             "mean stddev variance"), "f3,4", "p3,4", "u3,4"),
    case(D + "Exponential", body("torch.distributions.Exponential(b)", "x", "log_prob cdf icdf entropy",
                                 "mean mode stddev variance"), "f3", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Laplace", body("torch.distributions.Laplace(a, b)", "x", "log_prob cdf icdf entropy",
                             "mean mode stddev variance"), "f3,4", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Cauchy", body("torch.distributions.Cauchy(a, b)", "x", "log_prob cdf icdf entropy", "mode"),
         "f3,4", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Gamma", body("torch.distributions.Gamma(b * 2, a.abs() + 0.5)", "x.abs() + 0.1", "log_prob cdf entropy",
                           "mean mode variance"), "f3,4", "p3,4", "f3,4", rtol=1e-4),
    case(D + "Beta", body("torch.distributions.Beta(a.abs() + 0.5, b + 0.5)", "x", "log_prob entropy",
                          "mean mode variance"), "f3,4", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Bernoulli", body("torch.distributions.Bernoulli(probs=x)", "(a > 0).float()", "log_prob entropy",
                               "mean variance logits probs"), "f3,4", "f3,4", "u3,4"),
    case(D + "Bernoulli", body("torch.distributions.Bernoulli(logits=a)", "(b > 1).float()", "log_prob entropy",
                               "mean variance probs"), "f3,4", "p3,4", "f3,4", id="Bernoulli-logits"),
    case(D + "Categorical", "def f(a, i, x):\n    d = torch.distributions.Categorical(probs=x)\n"
         "    return d.log_prob(i), d.entropy(), d.probs, d.logits, d.mode, tuple(d.batch_shape), tuple(d.event_shape)",
         "f3", "i3:4", "q3,4"),
    case(D + "Categorical", "def f(a, i, x):\n    d = torch.distributions.Categorical(logits=a)\n"
         "    return d.log_prob(i), d.entropy(), d.probs, d.logits, d.param_shape, d.enumerate_support()",
         "f2,3,5", "i2,3:5", "f3", id="Categorical-logits"),
    case(D + "Poisson", body("torch.distributions.Poisson(b * 3)", "torch.floor(x.abs() * 3)", "log_prob",
                             "mean mode variance"), "f3", "p3,4", "f3,4", rtol=1e-4),
    case(D + "Independent", "def f(a, b, x):\n"
         "    d = torch.distributions.Independent(torch.distributions.Normal(a, b), 1)\n"
         "    return d.log_prob(x), d.entropy(), d.mean, tuple(d.batch_shape), tuple(d.event_shape)", "f3,4", "p3,4", "f3,4"),
    # a user distribution and its registered KL
    case(D + "Distribution " + D + "register_kl",
         "class Shifted(torch.distributions.Distribution):\n"
         "    def __init__(self, loc):\n        self.loc = loc\n"
         "        super().__init__(loc.shape, validate_args=False)\n"
         "    def log_prob(self, v):\n        return -(v - self.loc) ** 2\n"
         "@torch.distributions.register_kl(Shifted, Shifted)\n"
         "def _kl_shifted(p, q):\n    return (p.loc - q.loc) ** 2\n"
         "def f(a, b, x):\n    d = Shifted(a)\n"
         "    return d.log_prob(x), torch.distributions.kl_divergence(d, Shifted(x)), tuple(d.batch_shape)",
         "f3,4", "p3,4", "f3,4", id="Distribution-subclass"),
    case(D + "kl_divergence", "def f(a, b, x):\n    N = torch.distributions.Normal\n"
         "    return torch.distributions.kl_divergence(N(a, b), N(x, b * 2))", "f3,4", "p3,4", "f3,4"),
    case(D + "kl_divergence " + D + "Bernoulli " + D + "Categorical " + D + "Uniform " + D + "Exponential",
         "def f(a, b, x):\n    from torch.distributions import (Bernoulli, Categorical, Uniform, Exponential, Laplace, Gamma,\n"
         "        Beta, Poisson, Independent, Normal, kl_divergence as kl)\n"
         "    return (kl(Bernoulli(x), Bernoulli(logits=a)), kl(Categorical(logits=a), Categorical(probs=x)),\n"
         "            kl(Uniform(a, a + 1), Uniform(a - b, a + 2)), kl(Exponential(b), Exponential(x)))",
         "f3,4", "p3,4", "u3,4", rtol=1e-4, id="kl_divergence-pairs"),
    case(D + "kl_divergence " + D + "Laplace " + D + "Gamma " + D + "Beta " + D + "Poisson " + D + "Independent",
         "def f(a, b, x):\n    from torch.distributions import (Bernoulli, Categorical, Uniform, Exponential, Laplace, Gamma,\n"
         "        Beta, Poisson, Independent, Normal, kl_divergence as kl)\n"
         "    return (kl(Laplace(a, b), Laplace(x, b + 1)), kl(Gamma(b, x + 1), Gamma(x + 1, b)),\n"
         "            kl(Beta(b, x + 1), Beta(x + 1, b)), kl(Poisson(b), Poisson(x)),\n"
         "            kl(Independent(Normal(a, b), 1), Independent(Normal(x, b), 1)))",
         "f3,4", "p3,4", "u3,4", rtol=1e-4, id="kl_divergence-pairs-2"),
]


test_entry, test_entry_call_shape = entry_tests(CASES)


DRAWS = [
    # (distribution, the method drawing): 20000 draws of a batch of two
    "torch.distributions.Normal(torch.tensor([0.5, -1.0]), torch.tensor([1.0, 2.0])).sample((20000,))",
    "torch.distributions.Normal(torch.tensor([0.5, -1.0]), torch.tensor([1.0, 2.0])).rsample([20000])",
    "torch.distributions.LogNormal(torch.tensor([0.0, 0.3]), torch.tensor([0.25, 0.5])).sample((20000,))",
    "torch.distributions.HalfNormal(torch.tensor([1.0, 2.0])).sample((20000,))",
    "torch.distributions.Uniform(torch.tensor([0.0, -1.0]), torch.tensor([1.0, 3.0])).sample((20000,))",
    "torch.distributions.Exponential(torch.tensor([0.5, 2.0])).sample((20000,))",
    "torch.distributions.Laplace(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5])).sample((20000,))",
    "torch.distributions.Gamma(torch.tensor([2.0, 5.0]), torch.tensor([1.0, 2.0])).sample((20000,))",
    "torch.distributions.Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5])).sample((20000,))",
    "torch.distributions.Bernoulli(torch.tensor([0.2, 0.7])).sample((20000,))",
    "torch.distributions.Categorical(torch.tensor([[0.1, 0.2, 0.7], [0.5, 0.25, 0.25]])).sample((20000,))",
    "torch.distributions.Poisson(torch.tensor([1.5, 4.0])).sample((20000,))",
    "torch.distributions.Independent(torch.distributions.Normal(torch.zeros(2), torch.ones(2)), 1).sample((20000,))",
]


@pytest.mark.parametrize("draw", DRAWS, ids=[d.split("(", 1)[0].rsplit(".", 1)[-1] + f"-{i}" for i, d in
                                             enumerate(DRAWS)])
def test_draws_agree_in_shape_dtype_and_statistics(torch, jittor, draw):
    from parity import HEADER

    source = HEADER + f"def f():\n    return {draw}\n"
    torch.manual_seed(0)
    jittor.set_global_seed(0)
    expected = exec_code(source, "case_pt.py")["f"]().numpy()
    actual = exec_code(convert_checked(source), "case_jt.py")["f"]().numpy()
    assert actual.shape == expected.shape and actual.dtype == expected.dtype, (actual.shape, actual.dtype,
                                                                               expected.shape, expected.dtype)
    n = expected.shape[0]
    e, a = expected.astype("float64"), actual.astype("float64")
    for stat_e, stat_a, spread in ((e.mean(0), a.mean(0), e.std(0)), (e.std(0), a.std(0), e.std(0))):
        # two independent estimates: their difference is within 6 standard errors
        assert np.all(np.abs(stat_a - stat_e) <= 6 * np.sqrt(2) * (spread + 1e-3) / np.sqrt(n)), (stat_e, stat_a)


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py
