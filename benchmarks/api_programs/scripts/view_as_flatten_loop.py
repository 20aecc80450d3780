# api: torch.flatten
import torch
class Flat(torch.nn.Module):
    def forward(self, x):
        return torch.flatten(x, 1)
x = torch.arange(24.0).view(2, 3, 4)
f = Flat()(x)
f2 = x.flatten(start_dim=1)
f3 = x.view(x.size(0), -1)
same = torch.equal(f, f3)
