# api: torch.randn_like
import torch
import torch.nn as nn
import torch.nn.functional as F
class VAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(4, 4)
        self.dec = nn.Linear(2, 4)
    def encode(self, x):
        h = self.enc(x)
        return h[:, :2], h[:, 2:]
    def reparameterize(self, mu, logvar):
        std = torch.exp(0.5 * logvar)
        eps = torch.zeros_like(std)
        return mu + eps * std
    def forward(self, x):
        mu, logvar = self.encode(x)
        z = self.reparameterize(mu, logvar)
        return torch.sigmoid(self.dec(z)), mu, logvar
vae = VAE()
with torch.no_grad():
    for _i, _p in enumerate(vae.parameters()):
        _p.copy_(torch.linspace(-0.3, 0.3, _p.numel()).view_as(_p))
x = torch.tensor([[0.1, 0.9, 0.5, 0.2]])
recon, mu, logvar = vae(x)
bce = F.binary_cross_entropy(recon, x, reduction="sum")
kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
loss = bce + kld
loss.backward()
grad_norm = vae.enc.weight.grad.norm().item()
