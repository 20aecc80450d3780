# api: torch.Tensor.view
import torch
feats = {"a": torch.arange(6.0), "b": torch.ones(2, 3)}
feats["a"] = feats["a"].view(2, 3)
both = feats["a"] + feats["b"]
sizes = {k: v.size() for k, v in feats.items()}
shape_a = feats["a"].shape
cfg = {"dims": [2, 3]}
cfg["dims"][0] = 5
dims = cfg["dims"]
