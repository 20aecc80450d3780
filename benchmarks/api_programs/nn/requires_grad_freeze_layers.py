# api: torch.nn.Module.requires_grad_
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
net[0].requires_grad_(False)
flags = [p.requires_grad for p in net.parameters()]
for p in net.parameters():
    nn.init.constant_(p, 0.5)
out = net(torch.tensor([[1.0, 2.0]])).sum()
out.backward()
frozen_grad_none = net[0].weight.grad is None
head_grad = net[2].weight.grad
trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
