import { createRoot } from 'react-dom/client';
import { Welcome } from '../../src/welcome/Welcome';
import '../../src/panel/panel.css';
import '../../src/welcome/welcome.css';

// Thin entry: the first-run page with the practice compose.
createRoot(document.getElementById('root')!).render(<Welcome openSettings={() => void browser.runtime.openOptionsPage()} />);
