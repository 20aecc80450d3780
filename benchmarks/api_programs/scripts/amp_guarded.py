# api: torch.cuda.is_available
import torch
use_cuda = torch.cuda.is_available()
device = "cuda" if use_cuda else "cpu"
m = torch.nn.Linear(2, 1)
with torch.no_grad():
    m.weight.fill_(1.0); m.bias.fill_(0.5)
if use_cuda:
    m = m.cuda()
x = torch.tensor([[1.0, 2.0]], device=device)
out = m(x).cpu()
n_gpu = torch.cuda.device_count()
kwargs = {"num_workers": 1, "pin_memory": True} if use_cuda else {}
