# api: torch.nn.CTCLoss
import torch
import torch.nn as nn
log_probs = torch.log_softmax(torch.cos(torch.arange(30.)).reshape(5, 2, 3), dim=2)
targets = torch.tensor([1, 2, 1, 1])
loss = nn.CTCLoss(reduction="sum")(log_probs, targets, (5, 4), (2, 2))
