# api: torch.nn.Embedding.from_pretrained
import torch
import torch.nn as nn
table = torch.arange(12.).reshape(4, 3)
frozen = nn.Embedding.from_pretrained(table)
trainable = nn.Embedding.from_pretrained(table, freeze=False, padding_idx=3)
frozen_grad = frozen.weight.requires_grad
train_grad = trainable.weight.requires_grad
out = trainable(torch.tensor([3, 1]))
pad = trainable.padding_idx
