"""Identity, Linear, Bilinear (torch/nn/modules/linear.py) and F.linear, F.bilinear."""
from ..schema import FACTORY, entry, function, layer
from .lazy import lazy_layer

ENTRIES = {
    "torch.nn.Identity": entry("*args, **kwargs", "nn", "Identity", "*args, **kwargs"),
    "torch.nn.Linear": entry(
        "in_features, out_features, bias=True, device=None, dtype=None",
        "nn", "Linear", "in_features, out_features, bias=True",
        delete=FACTORY,
    ),
    "torch.nn.Bilinear": layer("in1_features, in2_features, out_features, bias=True, device=None, dtype=None",
                               "Bilinear"),
    "torch.nn.functional.linear": function("input, weight, bias=None", "nn", "linear", "x, weight, bias=None",
                                           links={"input": "x"}),
    "torch.nn.functional.bilinear": function("input1, input2, weight, bias=None", "t2j", "bilinear"),
}

# torch.* names that are these very functions (`torch.X is torch.nn.functional.X`).
ALIASES = {
    "torch.bilinear": "torch.nn.functional.bilinear",
}

ENTRIES["torch.nn.LazyLinear"] = lazy_layer("out_features, bias=True, device=None, dtype=None", "LazyLinear")
