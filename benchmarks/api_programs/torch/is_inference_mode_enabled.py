# api: torch.is_inference_mode_enabled
import torch
outside = torch.is_inference_mode_enabled()
with torch.inference_mode():
    inside = torch.is_inference_mode_enabled()
