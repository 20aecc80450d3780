# api: torch.optim.SparseAdam
import torch
emb = torch.nn.Embedding(5, 3, sparse=True)
with torch.no_grad():
    emb.weight.copy_(torch.linspace(-1, 1, 15).view(5, 3))
opt = torch.optim.SparseAdam(emb.parameters(), lr=0.1)
idx = torch.tensor([0, 2, 2, 4])
for _ in range(3):
    opt.zero_grad()
    emb(idx).pow(2).sum().backward()
    opt.step()
weight = emb.weight.detach().clone()
