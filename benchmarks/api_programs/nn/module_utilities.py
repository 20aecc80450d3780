# api: torch.nn.Module
import torch
import torch.nn as nn
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
        self.register_buffer("scale", torch.tensor([2.0, 3.0]))
        self.alpha = nn.Parameter(torch.ones(1))
    def forward(self, x):
        return self.fc(x) * self.scale * self.alpha
b = Block()
with torch.no_grad():
    b.fc.weight.copy_(torch.eye(2))
    b.fc.bias.zero_()
out = b(torch.tensor([[1.0, 2.0]]))
sd_keys = sorted(b.state_dict().keys())
param_names = [n for n, _ in b.named_parameters()]
buffers = [n for n, _ in b.named_buffers()]
b.eval()
training = b.training
frozen = b.requires_grad_(False)
any_grad = any(p.requires_grad for p in b.parameters())
n_modules = len(list(b.modules()))
clone = Block()
clone.load_state_dict(b.state_dict())
same = torch.equal(clone.fc.weight, b.fc.weight)
