import { Route, Routes } from 'react-router';
import { ForumPage } from './modules/forums/forum-page.tsx';
import { ForumsPage } from './modules/forums/forums-page.tsx';
import { JointViewPage } from './modules/joint-view/joint-view-page.tsx';
import { Layout } from './ui/layout.tsx';
import { NotFoundPage } from './ui/not-found-page.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<JointViewPage />} />
        <Route path="forum" element={<ForumsPage />} />
        <Route path="forum/:id" element={<ForumPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
