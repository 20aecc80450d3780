# api: torch.nn.Embedding
import torch
import torch.nn as nn
torch.manual_seed(0)
class Clf(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4, padding_idx=0)
        self.fc = nn.Linear(4, 2)
    def forward(self, ids):
        e = self.emb(ids)
        mask = (ids != 0).unsqueeze(-1).float()
        pooled = (e * mask).sum(1) / mask.sum(1).clamp(min=1)
        return self.fc(pooled)
m = Clf()
with torch.no_grad():
    m.emb.weight.copy_(torch.arange(40.0).view(10, 4) / 40)
    m.fc.weight.fill_(0.1); m.fc.bias.zero_()
out = m(torch.tensor([[1, 2, 0], [3, 0, 0]]))
