# api: torch.device
import torch
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
m = torch.nn.Linear(2, 2).to(device)
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
x = torch.ones(3, 2).to(device)
if torch.cuda.is_available():
    x = x.cuda()
y = m(x)
out_shape = y.shape
y_cpu = y.detach().cpu()
z = torch.zeros(2, device=device)
dev_type = device.type
x2 = x.to(device, dtype=torch.float64)
x2_dtype = x2.dtype
