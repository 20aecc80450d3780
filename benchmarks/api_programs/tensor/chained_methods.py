# api: torch.Tensor.mean
import torch
x = torch.arange(24.).view(2, 3, 4)
a = x.sum(1).mean()
b = x.view(6, 4).t().contiguous().view(-1)[:5]
c = x.permute(0, 2, 1).reshape(2, -1).max(dim=1)[0]
d = x.mean(-1).argmax(dim=1).float().mean()
e = x.abs().sqrt().sum(dim=(1, 2)).tolist()
f = x.flatten(1).softmax(-1).max(1).values
g = (x - x.mean(dim=-1, keepdim=True)) / (x.std(dim=-1, keepdim=True) + 1e-5)
h = x.clamp(min=3).log().exp().round()
i = x[:, 0].unsqueeze(-1).expand(-1, -1, 2).sum()
j = x.new_zeros(2).long().add(1).tolist()
k = x.detach().clone().requires_grad_(False).numpy().sum()
