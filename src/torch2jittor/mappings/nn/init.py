"""torch.nn.init -> jittor.init. Jittor names several of these differently (normal_ is gauss_)."""
from ..schema import entry, helper

# PyTorch's init functions take an optional random generator; Jittor's use the global seed.
_GEN = ["generator"]

ENTRIES = {
    "torch.nn.init.kaiming_normal_": entry(
        "tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None",
        "init", "kaiming_normal_", "var, a=0, mode='fan_in', nonlinearity='leaky_relu'",
        links={"tensor": "var"}, delete=_GEN,
    ),
    "torch.nn.init.kaiming_uniform_": entry(
        "tensor, a=0, mode='fan_in', nonlinearity='leaky_relu', generator=None",
        "init", "kaiming_uniform_", "var, a=0, mode='fan_in', nonlinearity='leaky_relu'",
        links={"tensor": "var"}, delete=_GEN,
    ),
    "torch.nn.init.xavier_uniform_": entry(
        "tensor, gain=1.0, generator=None", "init", "xavier_uniform_", "var, gain=1.0",
        links={"tensor": "var"}, delete=_GEN,
    ),
    "torch.nn.init.xavier_normal_": entry(
        "tensor, gain=1.0, generator=None", "init", "xavier_gauss_", "var, gain=1.0",
        links={"tensor": "var"}, delete=_GEN,
    ),
    "torch.nn.init.constant_": entry("tensor, val", "init", "constant_", "var, value=0.0",
                                     links={"tensor": "var", "val": "value"}),
    "torch.nn.init.zeros_": entry("tensor", "init", "zero_", "var", links={"tensor": "var"}),
    "torch.nn.init.ones_": entry("tensor", "init", "one_", "var", links={"tensor": "var"}),
    "torch.nn.init.normal_": entry(
        "tensor, mean=0.0, std=1.0, generator=None", "init", "gauss_", "var, mean=0.0, std=1.0",
        links={"tensor": "var"}, delete=_GEN,
    ),
    "torch.nn.init.trunc_normal_": entry(
        "tensor, mean=0.0, std=1.0, a=-2.0, b=2.0, generator=None", "init", "trunc_normal_",
        "var, mean=0.0, std=1.0, a=-2.0, b=2.0", links={"tensor": "var"}, delete=_GEN,
    ),
    # Jittor's init has neither: helpers with PyTorch's formulas.
    "torch.nn.init.calculate_gain": helper("nonlinearity, param=None", "calculate_gain"),
    "torch.nn.init.orthogonal_": helper("tensor, gain=1, generator=None", "orthogonal_", delete=_GEN),
    "torch.nn.init.eye_": helper("tensor", "eye_"),
    "torch.nn.init.dirac_": helper("tensor, groups=1", "dirac_"),
    "torch.nn.init.sparse_": helper("tensor, sparsity, std=0.01, generator=None", "sparse_", delete=_GEN),
    # Keyed as the seed's tutorial keys it (its example of `links`).
    "uniform_": entry(
        "tensor, a=0.0, b=1.0, generator=None", "init", "uniform_", "var, low, high",
        links={"tensor": "var", "a": "low", "b": "high"}, delete=_GEN,
    ),
}

# PyTorch's deprecated spellings call the in-place functions with the same arguments.
ALIASES = {
    **{f"torch.nn.init.{name}": f"torch.nn.init.{name}_" for name in (
        "normal constant xavier_normal xavier_uniform kaiming_normal kaiming_uniform orthogonal eye dirac sparse"
        .split())},
    "torch.nn.init.uniform": "uniform_",
}
