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
    # 0-dim tensor parameters: batch shape (), draws of the sample shape, 0-dim results
    case(D + "Normal", "def f(a, b, x):\n"
         "    d = torch.distributions.Normal(torch.tensor(2.0), torch.tensor(0.5))\n"
         "    e = torch.distributions.Bernoulli(torch.tensor(0.3))\n"
         "    m = torch.distributions.Normal(torch.tensor(0.0), b)\n"
         "    return (d.sample((7,)).shape, d.rsample((2, 3)).shape, d.sample().dim(), tuple(d.batch_shape),\n"
         "            torch.stack([d.log_prob(torch.tensor(1.0)), d.entropy()]), d.log_prob(x), d.mean.dim(),\n"
         "            e.sample((5,)).shape, e.log_prob(torch.tensor(1.0)).dim(), m.sample((4,)).shape, m.log_prob(x))",
         "f3", "p3,4", "f3,4", id="Normal-0-dim-params"),
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
    # Gumbel, HalfCauchy, Chi2, StudentT, Pareto, Weibull, InverseGamma (values inside each support: PyTorch
    # validates them)
    case(D + "Gumbel", body("torch.distributions.Gumbel(a, b)", "x", "log_prob cdf icdf entropy",
                            "mean mode stddev variance"), "f3,4", "p3,4", "u3,4", rtol=1e-4),
    case(D + "HalfCauchy", body("torch.distributions.HalfCauchy(b)", "x.abs()", "log_prob cdf entropy",
                                "mode"), "f3", "p3,4", "f3,4", rtol=1e-4),
    case(D + "HalfCauchy", "def f(a, b, x):\n    d = torch.distributions.HalfCauchy(scale=2.0)\n"
         "    return d.icdf(x), d.mean, d.variance, tuple(d.batch_shape)", "f3", "f3", "u3,4", rtol=1e-4,
         id="HalfCauchy-scalar"),
    # Chi2's cdf is Gamma's (proven above); a regularized incomplete gamma costs ~1 min of graph building per case
    case(D + "Chi2", body("torch.distributions.Chi2(b * 3)", "x.abs() + 0.1", "log_prob entropy",
                          "mean mode variance df"), "f3", "p3,4", "f3,4", rtol=1e-4),
    case(D + "StudentT", body("torch.distributions.StudentT(b * 3, a, b)", "x", "log_prob entropy",
                              "mean mode variance"), "f3,4", "p3,4", "w3,4", rtol=1e-4),
    case(D + "StudentT", "def f(a, b, x):\n    d = torch.distributions.StudentT(df=b)\n"
         "    return d.log_prob(x), d.mean, d.variance, d.entropy()", "f4", "u4:0.5,3.5", "f4", rtol=1e-4,
         id="StudentT-small-df"),
    case(D + "Pareto", body("torch.distributions.Pareto(b, a.abs() * 3)", "b + x.abs()", "log_prob cdf entropy",
                            "mean mode variance"), "f3,4", "p3,4", "f3,4", rtol=1e-4),
    case(D + "Pareto", "def f(a, b, x):\n    d = torch.distributions.Pareto(scale=b, alpha=a.abs() + 0.5)\n"
         "    return d.icdf(x)", "f3", "p3", "u3", rtol=1e-4, id="Pareto-icdf"),
    case(D + "Weibull", body("torch.distributions.Weibull(b, a.abs() + 0.5)", "x.abs() + 0.1",
                             "log_prob cdf icdf entropy", "mean variance"), "f3,4", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Weibull", "def f(a, b, x):\n    d = torch.distributions.Weibull(scale=b, concentration=a + 2)\n"
         "    return d.mode, d.log_prob(x)", "u3", "p3", "p3", rtol=1e-4, id="Weibull-mode"),
    case(D + "InverseGamma", body("torch.distributions.InverseGamma(b * 3, a.abs() + 0.5)", "x.abs() + 0.1",
                                  "log_prob entropy", "mean mode variance"), "f3,4", "p3,4", "f3,4", rtol=1e-4),
    # discrete
    case(D + "Geometric", body("torch.distributions.Geometric(probs=x)", "torch.floor(b * 3)", "log_prob entropy",
                               "mean mode variance logits"), "f3", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Geometric", body("torch.distributions.Geometric(logits=a)", "torch.floor(b * 3)", "log_prob entropy",
                               "mean variance probs"), "f3,4", "p3,4", "f3", rtol=1e-4, id="Geometric-logits"),
    case(D + "Binomial", body("torch.distributions.Binomial(5, x)", "torch.floor(b * 2).clamp(max=5)",
                              "log_prob entropy", "mean mode variance logits"), "f3", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Binomial", "def f(a, b, x):\n"
         "    d = torch.distributions.Binomial(total_count=torch.floor(b * 4) + 3, logits=a)\n"
         "    return d.log_prob(torch.floor(x * 3)), d.mean, d.probs, d.variance, d.mode", "f3,4", "p3,4", "u3,4",
         rtol=1e-4, id="Binomial-logits-counts"),
    case(D + "Binomial", "def f(a, b, x):\n    d = torch.distributions.Binomial(3, probs=x)\n"
         "    return d.enumerate_support(), d.enumerate_support(False)", "f3", "f3", "u2", id="Binomial-support"),
    case(D + "OneHotCategorical", "def f(a, i, x):\n    d = torch.distributions.OneHotCategorical(probs=x)\n"
         "    v = torch.nn.functional.one_hot(i, 4).float()\n"
         "    return (d.log_prob(v), d.entropy(), d.mean, d.mode, d.variance, d.enumerate_support(),\n"
         "            tuple(d.batch_shape), tuple(d.event_shape))", "f3", "i3:4", "q3,4"),
    case(D + "OneHotCategorical", "def f(a, i, x):\n    d = torch.distributions.OneHotCategorical(logits=a)\n"
         "    return d.probs, d.logits, d.param_shape, d.entropy()", "f2,5", "i3:4", "f3", id="OneHotCategorical-logits"),
    case(D + "Multinomial", "def f(a, i, x):\n    d = torch.distributions.Multinomial(6, probs=x)\n"
         "    v = torch.stack([i, 6 - i - 1, torch.ones_like(i), torch.zeros_like(i)], -1).float()\n"
         "    return d.log_prob(v), d.entropy(), d.mean, d.variance, tuple(d.batch_shape), tuple(d.event_shape)",
         "f3", "i3:5", "q3,4", rtol=1e-4),
    case(D + "Multinomial", "def f(a, i, x):\n    d = torch.distributions.Multinomial(logits=a)\n"
         "    return d.log_prob(torch.nn.functional.one_hot(i, 5).float()), d.mean", "f3,5", "i3:5", "f3",
         id="Multinomial-logits"),
    # vectors
    case(D + "Dirichlet", "def f(a, b, x):\n    d = torch.distributions.Dirichlet(b * 2)\n"
         "    v = x / x.sum(-1, keepdim=True)\n"
         "    return (d.log_prob(v), d.entropy(), d.mean, d.mode, d.variance, tuple(d.batch_shape),\n"
         "            tuple(d.event_shape))", "f3", "p3,4", "u3,4", rtol=1e-4),
    case(D + "Dirichlet", "def f(a, b, x):\n    d = torch.distributions.Dirichlet(concentration=x)\n"
         "    return d.mode, d.expand((2, 3)).batch_shape", "f3", "f3", "u3,4", id="Dirichlet-mode-below-1"),
    case(D + "MultivariateNormal", "def f(a, b, x):\n"
         "    d = torch.distributions.MultivariateNormal(a, b @ b.transpose(-2, -1) + torch.eye(3))\n"
         "    return (d.log_prob(x), d.entropy(), d.mean, d.mode, d.variance, d.covariance_matrix, d.scale_tril,\n"
         "            tuple(d.batch_shape), tuple(d.event_shape))", "f2,3", "f3,3", "f4,2,3", rtol=1e-4),
    case(D + "MultivariateNormal", "def f(a, b, x):\n"
         "    d = torch.distributions.MultivariateNormal(a, precision_matrix=b @ b.transpose(-2, -1) + torch.eye(3))\n"
         "    return d.log_prob(x), d.entropy(), d.covariance_matrix, d.precision_matrix", "f3", "f2,3,3", "f3",
         rtol=1e-4, atol=1e-4, id="MultivariateNormal-precision"),
    case(D + "MultivariateNormal", "def f(a, b, x):\n"
         "    d = torch.distributions.MultivariateNormal(a, scale_tril=torch.tril(b) + 2 * torch.eye(3))\n"
         "    return d.log_prob(x), d.entropy(), d.variance", "f3", "f3,3", "f5,3", rtol=1e-4,
         id="MultivariateNormal-scale_tril"),
    case(D + "FisherSnedecor", body("torch.distributions.FisherSnedecor(b * 4, a.abs() * 6)", "x.abs() + 0.1",
                                    "log_prob", "mean mode variance"), "f3,4", "p3,4", "f3,4", rtol=1e-4),
    case(D + "Kumaraswamy", body("torch.distributions.Kumaraswamy(b + 0.5, a.abs() + 0.5)", "x", "log_prob entropy",
                                 "mean mode variance"), "f3,4", "p3,4", "u3,4", rtol=1e-4, atol=1e-4),
    case(D + "VonMises", body("torch.distributions.VonMises(a, b * 2)", "x", "log_prob", "mean mode variance"),
         "f3,4", "p3,4", "u3,4:-3,3", rtol=1e-4),
    case(D + "NegativeBinomial", body("torch.distributions.NegativeBinomial(b * 3, x * 0.9)", "torch.floor(a.abs() * 3)",
                                      "log_prob", "mean mode variance logits"), "f3,4", "p3,4", "u3,4", rtol=1e-4),
    case(D + "NegativeBinomial", "def f(a, b, x):\n    d = torch.distributions.NegativeBinomial(total_count=4, logits=a)\n"
         "    return d.log_prob(torch.floor(b * 2)), d.probs, d.mean", "f3", "p3", "f3", rtol=1e-4,
         id="NegativeBinomial-logits"),
    case(D + "OneHotCategoricalStraightThrough",
         "def f(a, b, x):\n    d = torch.distributions.OneHotCategoricalStraightThrough(logits=a)\n"
         "    s = d.rsample((5,))\n"
         "    return d.probs, d.entropy(), d.has_rsample, s.shape, s.sum(-1), d.log_prob(torch.eye(4)[1])",
         "f3,4", "p3", "f3", id="OneHotCategoricalStraightThrough"),
    # transforms and TransformedDistribution
    case(D + "TransformedDistribution " + D + "ExpTransform",
         "def f(a, b, x):\n    from torch.distributions import TransformedDistribution, Normal, ExpTransform\n"
         "    d = TransformedDistribution(Normal(a, b), [ExpTransform()])\n"
         "    v = x.abs() + 0.1\n"
         "    return d.log_prob(v), d.cdf(v), d.icdf(x.abs() / (x.abs() + 1)), tuple(d.batch_shape), d.has_rsample",
         "f3,4", "p3,4", "f3,4", rtol=1e-4),
    case(D + "TransformedDistribution " + D + "SigmoidTransform " + D + "AffineTransform",
         "def f(a, b, x):\n    from torch.distributions import (TransformedDistribution, Normal, Uniform, ExpTransform, SigmoidTransform,\n"
         "        AffineTransform, IndependentTransform, ComposeTransform, SoftplusTransform, PowerTransform, TanhTransform,\n"
         "        AbsTransform, SoftmaxTransform, identity_transform)\n"
         "    d = TransformedDistribution(Uniform(0.0, 1.0), [SigmoidTransform().inv, AffineTransform(a, b)])\n"
         "    return d.log_prob(x), d.cdf(x), tuple(d.batch_shape), tuple(d.event_shape)", "f3,4", "p3,4", "w3,4",
         rtol=1e-4, id="TransformedDistribution-logistic"),
    case(D + "TransformedDistribution " + D + "AffineTransform",
         "def f(a, b, x):\n    from torch.distributions import (TransformedDistribution, Normal, Uniform, ExpTransform, SigmoidTransform,\n"
         "        AffineTransform, IndependentTransform, ComposeTransform, SoftplusTransform, PowerTransform, TanhTransform,\n"
         "        AbsTransform, SoftmaxTransform, identity_transform)\n"
         "    d = TransformedDistribution(Normal(a, 1.0), AffineTransform(loc=1.0, scale=-2.0))\n"
         "    return d.log_prob(x), d.cdf(x), d.icdf(b / (b + 1))", "f3", "p3", "f3", rtol=1e-4,
         id="TransformedDistribution-decreasing"),
    case(D + "TransformedDistribution " + D + "IndependentTransform",
         "def f(a, b, x):\n    from torch.distributions import (TransformedDistribution, Normal, Uniform, ExpTransform, SigmoidTransform,\n"
         "        AffineTransform, IndependentTransform, ComposeTransform, SoftplusTransform, PowerTransform, TanhTransform,\n"
         "        AbsTransform, SoftmaxTransform, identity_transform)\n"
         "    t = IndependentTransform(AffineTransform(a, b), 1)\n"
         "    d = TransformedDistribution(Normal(torch.zeros(3, 4), 1.0), t)\n"
         "    return d.log_prob(x), tuple(d.batch_shape), tuple(d.event_shape), t.log_abs_det_jacobian(x, t(x))",
         "f3,4", "p3,4", "f3,4", rtol=1e-4, id="IndependentTransform"),
    case(D + "ComposeTransform " + D + "TanhTransform " + D + "PowerTransform " + D + "SoftplusTransform",
         "def f(a, b, x):\n    from torch.distributions import (TransformedDistribution, Normal, Uniform, ExpTransform, SigmoidTransform,\n"
         "        AffineTransform, IndependentTransform, ComposeTransform, SoftplusTransform, PowerTransform, TanhTransform,\n"
         "        AbsTransform, SoftmaxTransform, identity_transform)\n"
         "    t = ComposeTransform([SoftplusTransform(), PowerTransform(b), AffineTransform(-0.5, 0.4),\n"
         "                            TanhTransform()])\n"
         "    y = t(x)\n"
         "    return y, t.inv(y), t.log_abs_det_jacobian(x, y), t.sign, t.inv.log_abs_det_jacobian(y, x)",
         "f3", "p3,4", "f3,4", rtol=1e-4, atol=1e-4, id="ComposeTransform"),
    case(D + "AbsTransform " + D + "SoftmaxTransform " + D + "identity_transform " + D + "ExpTransform",
         "def f(a, b, x):\n    from torch.distributions import (TransformedDistribution, Normal, Uniform, ExpTransform, SigmoidTransform,\n"
         "        AffineTransform, IndependentTransform, ComposeTransform, SoftplusTransform, PowerTransform, TanhTransform,\n"
         "        AbsTransform, SoftmaxTransform, identity_transform)\n"
         "    s = SoftmaxTransform()\n"
         "    return (AbsTransform()(x), s(x), s.inv(s(x)), identity_transform(x),\n"
         "            ExpTransform().inv(b), ExpTransform().log_abs_det_jacobian(x, x.exp()))",
         "f3", "p3,4", "f3,4", rtol=1e-4, id="AbsTransform-SoftmaxTransform"),
    case(D + "ReshapeTransform " + D + "CumulativeDistributionTransform " + D + "StickBreakingTransform",
         "def f(a, b, x):\n    from torch.distributions import (ReshapeTransform, CumulativeDistributionTransform,\n"
         "        StickBreakingTransform, Normal)\n"
         "    r = ReshapeTransform((3, 4), (2, 6))\n"
         "    c = CumulativeDistributionTransform(Normal(0.0, 2.0))\n"
         "    s = StickBreakingTransform()\n"
         "    y = s(a)\n"
         "    return (r(b), r.inv(r(b)), r.log_abs_det_jacobian(b, r(b)), r.forward_shape((5, 3, 4)), c(a), c.inv(c(a)),\n"
         "            c.log_abs_det_jacobian(a, c(a)), y, s.inv(y), s.log_abs_det_jacobian(a, y), s.forward_shape((2, 3)))",
         "f2,3", "p2,3,4", "f3", rtol=1e-4, atol=1e-5, id="ReshapeTransform-StickBreaking"),
    case(D + "LogisticNormal", "def f(a, b, x):\n    d = torch.distributions.LogisticNormal(a, b)\n"
         "    v = x / x.sum(-1, keepdim=True)\n"
         "    return d.log_prob(v), d.loc, d.scale, tuple(d.batch_shape), tuple(d.event_shape)", "f2,3", "p2,3", "u2,4",
         rtol=1e-4),
    case(D + "MixtureSameFamily", "def f(a, b, x):\n    from torch.distributions import MixtureSameFamily, Categorical, Normal\n"
         "    d = MixtureSameFamily(Categorical(logits=a), Normal(x, b))\n"
         "    v = x[:, :1] + 0.5\n"
         "    return d.log_prob(v), d.mean, d.variance, d.cdf(v), tuple(d.batch_shape), d.sample((6,)).shape",
         "f2,3", "p2,3", "f2,3", rtol=1e-4),
    case(D + "MixtureSameFamily", "def f(a, b, x):\n    from torch.distributions import (MixtureSameFamily, Categorical,\n"
         "        Independent, Normal)\n"
         "    d = MixtureSameFamily(Categorical(logits=a), Independent(Normal(b, x.abs() + 0.5), 1))\n"
         "    return d.log_prob(b[:, 0]), d.mean, d.variance, tuple(d.event_shape), d.sample((5,)).shape",
         "f2,3", "f2,3,4", "f2,3,4", rtol=1e-4, id="MixtureSameFamily-events"),
    case(D + "ExponentialFamily",
         "class Exp(torch.distributions.ExponentialFamily):\n"
         "    def __init__(self, rate):\n        self.rate = rate\n"
         "        super().__init__(rate.shape, validate_args=False)\n"
         "    def log_prob(self, v):\n        return torch.log(self.rate) - self.rate * v\n"
         "def f(a, b, x):\n    d = Exp(b)\n"
         "    return d.log_prob(x), tuple(d.batch_shape), isinstance(d, torch.distributions.Distribution)",
         "f3", "p3,4", "p3,4", id="ExponentialFamily-subclass"),
    case(D + "Transform", "import math\n"
         "class Double(torch.distributions.Transform):\n    bijective = True\n    sign = 1\n"
         "    def _call(self, x):\n        return 2 * x\n"
         "    def _inverse(self, y):\n        return y / 2\n"
         "    def log_abs_det_jacobian(self, x, y):\n        return torch.full_like(x, math.log(2.0))\n"
         "def f(a, b, x):\n    t = Double()\n"
         "    return t(x), t.inv(x), t.inv.log_abs_det_jacobian(x, t.inv(x)), t.inv.inv(b)", "f3,4", "p3,4", "f3,4",
         id="Transform-subclass"),
    case(D + "kl_divergence " + D + "Gumbel " + D + "HalfNormal " + D + "Geometric " + D + "Binomial",
         "def f(a, b, x):\n    from torch.distributions import (Gumbel, HalfNormal, Geometric, Binomial, OneHotCategorical,\n"
         "        Dirichlet, MultivariateNormal, kl_divergence as kl)\n"
         "    return (kl(Gumbel(a, b), Gumbel(x, b + 1)), kl(HalfNormal(b), HalfNormal(x + 0.5)),\n"
         "            kl(Geometric(x), Geometric(probs=x * 0.5)), kl(Binomial(4, x), Binomial(4, x * 0.5)),\n"
         "            kl(Binomial(5, x), Binomial(4, x)))",
         "f3,4", "p3,4", "u3,4", rtol=1e-4, id="kl_divergence-pairs-3"),
    case(D + "kl_divergence " + D + "OneHotCategorical " + D + "Dirichlet " + D + "MultivariateNormal",
         "def f(a, b, x):\n    from torch.distributions import OneHotCategorical, Dirichlet, MultivariateNormal, kl_divergence\n"
         "    s = b @ b.transpose(-2, -1) + torch.eye(4)\n"
         "    return (kl_divergence(OneHotCategorical(logits=a), OneHotCategorical(probs=x)),\n"
         "            kl_divergence(Dirichlet(b[:, 0]), Dirichlet(x + 0.5)),\n"
         "            kl_divergence(MultivariateNormal(a, s), MultivariateNormal(x, scale_tril=torch.tril(b) + 3 * torch.eye(4))))",
         "f3,4", "p3,4,4", "u3,4", rtol=1e-4, atol=1e-4, id="kl_divergence-pairs-4"),
    # pairs of different families: closed forms, inf where p's support leaves q's
    case(D + "kl_divergence " + D + "Pareto " + D + "Cauchy " + D + "LogNormal " + D + "HalfCauchy",
         "def f(a, b, x):\n    from torch.distributions import (Uniform, Normal, Gumbel, Exponential, Laplace, Pareto,\n"
         "        Cauchy, Bernoulli, Poisson, Binomial, LogNormal, HalfCauchy, kl_divergence as kl)\n"
         "    u = Uniform(x, x + b)\n"
         "    return (kl(u, Normal(a, b)), kl(u, Gumbel(a, b)), kl(u, Exponential(b)), kl(Uniform(a, a + 1), Exponential(b)),\n"
         "            kl(Exponential(b), Gumbel(a, b)), kl(Exponential(b), Normal(a, b)), kl(Gumbel(a, b), Normal(x, b)),\n"
         "            kl(Laplace(a, b), Normal(x, b)), kl(Normal(a, b), Gumbel(x, b)), kl(Normal(a, b), Laplace(x, b)),\n"
         "            kl(Pareto(b, x + 2.5), Pareto(b * 0.5, x + 1)), kl(Pareto(b, x + 0.5), Exponential(b)),\n"
         "            kl(Pareto(b, x + 1.5), Normal(a, b)), kl(u, Pareto(b * 0.1, x + 1)), kl(Cauchy(a, b), Cauchy(x, b + 1)),\n"
         "            kl(Bernoulli(x), Poisson(b)), kl(Poisson(b), Bernoulli(x)), kl(Normal(a, b), Uniform(a, a + 1)),\n"
         "            kl(LogNormal(a, b), LogNormal(x, b + 1)), kl(HalfCauchy(b), HalfCauchy(x + 0.5)),\n"
         "            kl(Uniform(0.0, 1.0), Normal(0.0, 1.0)))",
         "f3,4", "p3,4", "u3,4", rtol=1e-4, atol=1e-5, id="kl_divergence-cross-families"),
    case(D + "kl_divergence " + D + "Gamma " + D + "Beta",
         "def f(a, b, x):\n    from torch.distributions import (Uniform, Normal, Gumbel, Exponential, Gamma, Beta, Pareto,\n"
         "        kl_divergence as kl)\n"
         "    g, be = Gamma(b, x + 0.5), Beta(b, x + 1)\n"
         "    return (kl(Uniform(x * 0.5, x * 0.5 + 0.3), Beta(b, x + 1)), kl(Uniform(0.0, 1.0), be), kl(Uniform(x, x + b), g),\n"
         "            kl(Exponential(b), g), kl(g, Exponential(b)), kl(g, Gumbel(a, b)), kl(g, Normal(a, b)),\n"
         "            kl(be, Uniform(0.0, 1.0)), kl(be, Exponential(b)), kl(be, g), kl(be, Normal(a, b)),\n"
         "            kl(Pareto(b, x + 1.5), g), kl(g, Beta(b, b)))",
         "f3,4", "p3,4", "u3,4", rtol=1e-4, atol=1e-5, id="kl_divergence-cross-families-gamma"),
    # constraints: support and arg_constraints, check() and validate_args
    case(D + "constraints.positive " + D + "constraints.interval " + D + "constraints.simplex "
         + D + "constraints.real " + D + "constraints.independent " + D + "constraints.integer_interval",
         "def f(a, b, x):\n    from torch.distributions import Normal, Uniform, Categorical, Dirichlet, Independent, constraints\n"
         "    try:\n        Normal(a, a, validate_args=True)\n        raised = False\n"
         "    except ValueError:\n        raised = True\n"
         "    n = Normal(a, b, validate_args=True)\n"
         "    s = x / x.sum(-1, keepdim=True)\n"
         "    return (raised, n.support.check(a), sorted(n.arg_constraints), Uniform(x, x + 1).support.check(b),\n"
         "            constraints.positive.check(a), constraints.interval(0.0, 0.5).check(x), constraints.simplex.check(s),\n"
         "            constraints.simplex.check(x), Independent(Normal(a, b), 1).support.check(a),\n"
         "            Dirichlet(b).support.check(s), Categorical(probs=s).support.check(torch.floor(b * 2)),\n"
         "            constraints.independent(constraints.positive, 1).check(a), constraints.real.is_discrete,\n"
         "            constraints.nonnegative_integer.is_discrete, constraints.simplex.event_dim,\n"
         "            constraints.integer_interval(0, 2).check(torch.floor(b * 2)))",
         "f3,4", "p3,4", "u3,4", id="constraints"),
    case(" ".join(D + "constraints." + k for k in (
        "Constraint boolean dependent greater_than greater_than_eq half_open_interval is_dependent less_than "
        "lower_cholesky lower_triangular multinomial nonnegative nonnegative_integer one_hot positive_definite "
        "positive_integer real_vector symmetric unit_interval").split()),
         "def f(a, b, x):\n    from torch.distributions import constraints as c\n"
         "    m = b @ b.transpose(-2, -1) + torch.eye(4)\n"
         "    n = torch.floor(a * 2)\n"
         "    return (c.boolean.check((a > 0).float()), c.boolean.check(x), c.greater_than(0.5).check(x),\n"
         "            c.greater_than_eq(0.0).check(a), c.less_than(0.5).check(x), c.half_open_interval(0.0, 0.5).check(x),\n"
         "            c.is_dependent(c.dependent), c.is_dependent(c.real), isinstance(c.positive, c.Constraint),\n"
         "            c.lower_cholesky.check(torch.tril(b) + torch.eye(4)), c.lower_cholesky.check(b),\n"
         "            c.lower_triangular.check(torch.tril(b)), c.multinomial(3).check(n.abs()),\n"
         "            c.nonnegative.check(a), c.nonnegative_integer.check(n), c.positive_integer.check(n),\n"
         "            c.one_hot.check(torch.eye(4)), c.one_hot.check(x), c.positive_definite.check(m),\n"
         "            c.positive_definite.check(-m), c.real_vector.check(a), c.symmetric.check(m), c.symmetric.check(b),\n"
         "            c.unit_interval.check(a), c.unit_interval.is_discrete, c.one_hot.event_dim, c.lower_cholesky.event_dim)",
         "f3,4", "f3,4,4", "u3,4", id="constraints-all"),
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
    "torch.distributions.Gumbel(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5])).rsample((20000,))",
    # heavy tails: the draws clamped, so that their moments exist
    "torch.clamp(torch.distributions.HalfCauchy(torch.tensor([1.0, 2.0])).sample((20000,)), max=5.0)",
    "torch.distributions.Chi2(torch.tensor([3.0, 6.0])).sample((20000,))",
    "torch.distributions.StudentT(torch.tensor([5.0, 8.0]), torch.tensor([0.0, 1.0])).sample((20000,))",
    "torch.distributions.Pareto(torch.tensor([1.0, 2.0]), torch.tensor([12.0, 15.0])).sample((20000,))",
    "torch.distributions.Weibull(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 3.0])).sample((20000,))",
    "torch.distributions.InverseGamma(torch.tensor([5.0, 6.0]), torch.tensor([1.0, 2.0])).sample((20000,))",
    "torch.distributions.Geometric(torch.tensor([0.3, 0.6])).sample((20000,))",
    "torch.distributions.Binomial(torch.tensor([5.0, 10.0]), torch.tensor([0.3, 0.6])).sample((20000,))",
    "torch.distributions.OneHotCategorical(torch.tensor([[0.1, 0.2, 0.7], [0.5, 0.25, 0.25]])).sample((20000,))",
    "torch.distributions.Multinomial(7, torch.tensor([[0.1, 0.2, 0.7], [0.5, 0.25, 0.25]])).sample((20000,))",
    "torch.distributions.Dirichlet(torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 4.0]])).sample((20000,))",
    "torch.distributions.MultivariateNormal(torch.tensor([1.0, -1.0]), torch.tensor([[2.0, 0.5], [0.5, 1.0]]))"
    ".sample((20000,))",
    "torch.distributions.FisherSnedecor(torch.tensor([5.0, 8.0]), torch.tensor([10.0, 12.0])).sample((20000,))",
    "torch.distributions.Kumaraswamy(torch.tensor([2.0, 0.7]), torch.tensor([3.0, 1.5])).rsample((20000,))",
    "torch.distributions.VonMises(torch.tensor([0.5, -1.0]), torch.tensor([2.0, 4.0])).sample((20000,))",
    "torch.distributions.NegativeBinomial(torch.tensor([3.0, 5.0]), torch.tensor([0.4, 0.6])).sample((20000,))",
    "torch.distributions.LogisticNormal(torch.tensor([0.5, -1.0]), torch.tensor([0.5, 1.0])).sample((20000,))",
    "torch.distributions.MixtureSameFamily(torch.distributions.Categorical(torch.tensor([0.3, 0.7])),"
    " torch.distributions.Normal(torch.tensor([-2.0, 1.0]), torch.tensor([0.5, 1.0]))).sample((20000,))",
    "torch.distributions.TransformedDistribution(torch.distributions.Normal(torch.tensor([0.0, 1.0]), 0.5),"
    " [torch.distributions.TanhTransform()]).rsample((20000,))",
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
