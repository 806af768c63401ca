import { createRoot } from 'react-dom/client';
import { Options } from '../../src/options/Options';
import '../../src/panel/panel.css';
import '../../src/options/options.css';

// Thin entry: the settings page reads and writes extension storage itself.
createRoot(document.getElementById('root')!).render(<Options />);
