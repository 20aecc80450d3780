# api: torch.nn.ParameterDict
import torch
import torch.nn as nn
pd = nn.ParameterDict({"scale": nn.Parameter(torch.tensor([2.0])), "shift": nn.Parameter(torch.tensor([1.0]))})
pd["extra"] = nn.Parameter(torch.ones(2))
keys = list(pd.keys())
n = len(pd)
y = torch.arange(3.) * pd["scale"] + pd["shift"]
names = sorted(n for n, _ in pd.named_parameters())
has = "shift" in pd
