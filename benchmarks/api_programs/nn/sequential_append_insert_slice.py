# api: torch.nn.Sequential
import torch
import torch.nn as nn
seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
seq.append(nn.Linear(2, 1))
seq.insert(1, nn.Tanh())
n = len(seq)
kinds = [type(m).__name__ for m in seq]
head = seq[:2]
head_len = len(head)
last_kind = type(seq[-1]).__name__
keys = [k for k, _ in seq.named_children()]
