# api: torch.nn.Module.register_parameter
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_parameter("gain", nn.Parameter(torch.tensor([3.0])))
        self.register_parameter("bias", None)
    def forward(self, x):
        out = x * self.gain
        if self.bias is not None:
            out = out + self.bias
        return out
m = M()
out = m(torch.arange(3.))
names = [n for n, _ in m.named_parameters()]
sd = list(m.state_dict().keys())
bias_none = m.bias is None
