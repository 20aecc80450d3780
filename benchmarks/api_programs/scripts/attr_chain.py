# api: torch.Tensor.data
import torch
m = torch.nn.Linear(2, 3)
wshape = m.weight.data.shape
wsize = m.weight.size()
dtype = m.weight.dtype
nbias = m.bias.numel()
dev = m.weight.device.type
in_f = m.in_features
out_f = m.out_features
w_t = m.weight.T.shape
