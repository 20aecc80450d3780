# Quantized and QAT classes share their short names with torch.nn's float layers, but compute
# something else: they are reported, never converted to nn.Conv/nn.Linear. torch.nn's own
# classes imported from where PyTorch defines them (torch.nn.modules.conv) still convert.
import torch.nn as nn
import torch.ao.nn.quantized as nnq
import torch.ao.nn.qat as nnqat
from torch.ao.nn.quantized import ReLU6
from torch.nn.modules.conv import Conv2d


class QuantizedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nnq.Conv2d(3, 8, 3)
        self.fc = nnqat.Linear(8, 4, qconfig=None)
        self.act = ReLU6()
        self.float_conv = Conv2d(3, 8, 3)
        self.float_act = nn.ReLU(inplace=True)

    def forward(self, x):
        return self.fc(self.act(self.conv(x)))


# output
# Quantized and QAT classes share their short names with torch.nn's float layers, but compute
# something else: they are reported, never converted to nn.Conv/nn.Linear. torch.nn's own
# classes imported from where PyTorch defines them (torch.nn.modules.conv) still convert.
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j
nnq = t2j.unsupported('torch.ao.nn.quantized')
nnqat = t2j.unsupported('torch.ao.nn.qat')
ReLU6 = t2j.unsupported('torch.ao.nn.quantized.ReLU6')


class QuantizedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nnq.Conv2d(3, 8, 3)  # torch2jittor: unsupported: torch.ao.nn.quantized.Conv2d
        self.fc = nnqat.Linear(8, 4, qconfig=None)  # torch2jittor: unsupported: torch.ao.nn.qat.Linear
        self.act = ReLU6()  # torch2jittor: unsupported: torch.ao.nn.quantized.ReLU6
        self.float_conv = nn.Conv(3, 8, 3)
        self.float_act = nn.ReLU()

    def execute(self, x):
        return self.fc(self.act(self.conv(x)))

# diagnostics
# unsupported-api 14:21 torch.ao.nn.quantized.Conv2d
# unsupported-api 15:19 torch.ao.nn.qat.Linear
# unsupported-api 16:20 torch.ao.nn.quantized.ReLU6
