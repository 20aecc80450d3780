# api: torch.fft.irfftn
import torch
X = torch.fft.rfftn(torch.arange(8.).reshape(2, 4))
back = torch.fft.irfftn(X, s=(2, 4))
