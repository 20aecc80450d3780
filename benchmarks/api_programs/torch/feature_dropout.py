# api: torch.feature_dropout
import torch
x = torch.arange(24.).reshape(2, 3, 4) / 10
y = torch.feature_dropout(x, 0.5, False)
kept = torch.feature_dropout(torch.ones(64, 32, 8), 0.25, True)
results = {"eval": y, "shape": kept.shape, "dtype": kept.dtype}
