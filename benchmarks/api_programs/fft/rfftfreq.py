# api: torch.fft.rfftfreq
import torch
f = torch.fft.rfftfreq(8)
f_odd = torch.fft.rfftfreq(5, d=0.5)
f_rate = torch.fft.rfftfreq(6, 1 / 100)
