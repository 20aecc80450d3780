# api: torch.nn.Module.train
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5), nn.BatchNorm1d(2))
start = [m.training for m in net]
net.eval()
after_eval = [m.training for m in net]
net.train()
after_train = [m.training for m in net]
net.train(False)
after_false = net.training
child_flag = net[1].training
returned_same = net.eval() is net
