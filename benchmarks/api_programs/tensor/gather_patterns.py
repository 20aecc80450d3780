# api: torch.Tensor.gather
import torch
logp = torch.log_softmax(torch.tensor([[1.0, 2.0, 3.0], [3.0, 1.0, 0.0]]), dim=1)
y = torch.tensor([2, 0])
a = logp.gather(1, y.view(-1, 1)).squeeze(1)
b = torch.gather(logp, 1, y.unsqueeze(-1)).squeeze(-1)
c = -logp[torch.arange(2), y].mean()
d = logp[range(2), y]
e = torch.gather(torch.arange(24).view(2, 3, 4), 2, torch.zeros(2, 3, 1, dtype=torch.long))
f = logp.take_along_dim(y[:, None], dim=1)
g = torch.take(logp, torch.tensor([0, 5]))
