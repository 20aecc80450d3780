# api: torch.Tensor.size
import torch
def get_features(n):
    return torch.ones(n, 3)
def get_shape(n):
    return (n, 3)
def get_meta():
    return {"size": 4}
f = get_features(2)
fs = f.size(0)
s = get_shape(5)
s0 = s[0]
meta = get_meta()
m = meta["size"]
v = get_features(4).view(2, 6).size()
