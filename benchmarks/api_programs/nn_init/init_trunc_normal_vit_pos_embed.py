# api: torch.nn.init.trunc_normal_
import torch
import torch.nn as nn
class ViTStub(nn.Module):
    def __init__(self):
        super().__init__()
        self.pos_embed = nn.Parameter(torch.zeros(1, 50, 64))
        self.cls_token = nn.Parameter(torch.zeros(1, 1, 64))
        nn.init.trunc_normal_(self.pos_embed, std=0.02)
        nn.init.trunc_normal_(self.cls_token, std=0.02)
m = ViTStub()
bounded = bool(m.pos_embed.abs().max() <= 2.0)
std_ok = abs(m.pos_embed.std().item() - 0.02) < 0.003
names = [n for n, _ in m.named_parameters()]
shape = m.cls_token.shape
